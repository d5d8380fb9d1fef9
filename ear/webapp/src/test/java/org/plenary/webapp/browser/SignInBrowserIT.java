package org.plenary.webapp.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.browser.BrowserTest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator signs in to the console and out again, as a person would. The platform is started with
 * {@code -DPLENARY_ADMIN_EMAIL} and {@code -DPLENARY_ADMIN_PASSWORD} (failsafe's {@code plenary.platform.jvmOptions}
 * in ear/webapp/pom.xml), so this also proves that system properties reach the first administrator.
 */
@BrowserTest
class SignInBrowserIT {

    static final String ADMIN = System.getProperty("plenary.it.adminEmail", "admin@browser.example");
    static final String PASSWORD = System.getProperty("plenary.it.adminPassword", "amber-kite-meadow-2031");

    @Test
    void theAdminSignsInSeesTheConsoleAndSignsOut(Browser browser) {
        browser.open("console/index.xhtml");
        assertTrue(browser.currentUrl().endsWith("/login.xhtml?return=%2Fconsole%2Findex.xhtml"),
                "an anonymous visitor is sent to sign in: " + browser.currentUrl());
        assertEquals("Sign in", browser.find("h1").getText());

        type(browser, "signin:email", ADMIN);
        type(browser, "signin:password", "not my password at all");
        browser.find("input[name='signin:submit']").click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.problems li")));
        assertEquals("The e-mail address or the password is not right. Check both and try again.",
                browser.find("ul.problems li").getText());
        assertEquals(ADMIN, browser.find("input[name='signin:email']").getAttribute("value"), "the address is kept");

        type(browser, "signin:password", PASSWORD);
        browser.clickToNavigate(browser.find("input[name='signin:submit']"));
        assertAll(
                () -> assertTrue(browser.currentUrl().endsWith("/console/index.xhtml"), browser.currentUrl()),
                () -> assertEquals("Conferences", browser.find("h1").getText()),
                () -> assertEquals("Signed in as Administrator (" + ADMIN + ")", browser.find("#signed-in-as").getText()),
                () -> assertEquals("Administrator of the platform", browser.find("#roles li").getText()));

        browser.clickToNavigate(browser.find("input[name='signout:submit']"));
        assertTrue(browser.currentUrl().contains("/login.xhtml"), browser.currentUrl());
        assertEquals("You are signed out.", browser.find(".notice").getText());

        browser.open("console/index.xhtml");
        assertTrue(browser.currentUrl().endsWith("/login.xhtml?return=%2Fconsole%2Findex.xhtml"),
                "signed out for good: " + browser.currentUrl());
    }

    private static void type(Browser browser, String name, String text) {
        var field = browser.find("input[name='" + name + "']");
        field.clear();
        field.sendKeys(text);
    }
}
