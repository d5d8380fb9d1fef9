package org.plenary.webapp.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.plenary.testkit.browser.Browser;
import org.plenary.testkit.browser.BrowserTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator creates an account on the users page, sees its one-time password once, and makes it an
 * organiser of MLW 2020 on that conference's roles page, as a person would in Chromium.
 */
@BrowserTest
class UsersBrowserIT {

    static final String ADMIN = System.getProperty("plenary.it.adminEmail", "admin@browser.example");
    static final String PASSWORD = System.getProperty("plenary.it.adminPassword", "amber-kite-meadow-2031");
    static final String NEWCOMER = "newcomer@users.browser.example";

    @Test
    void anAdministratorCreatesAnAccountAndMakesItAnOrganiserOfMlw2020(Browser browser) {
        browser.open("console/users.xhtml");
        type(browser, "signin:email", ADMIN);
        type(browser, "signin:password", PASSWORD);
        browser.clickToNavigate(browser.find("input[name='signin:submit']"));
        assertTrue(browser.currentUrl().contains("/console/"), "signed in: " + browser.currentUrl());
        browser.clickToNavigate(browser.find("a#menu-users"));
        assertEquals("Users", browser.find("h1").getText());

        type(browser, "create:email", NEWCOMER);
        type(browser, "create:displayName", "Nia Newcomer");
        browser.find("button[id='create:submit']").click();
        String password = browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password")))
                .getText();
        assertEquals(20, password.length(), "a one-time password is shown: " + password);
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts"), NEWCOMER));

        browser.open("console/users.xhtml?c=mlw2020");
        assertEquals("Roles in this conference", browser.find("h1").getText());
        type(browser, "grant:email", NEWCOMER);
        ConsoleSteps.choose(browser, "grant:role", "Organiser");
        browser.find("button[id='grant:submit']").click();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                NEWCOMER + " is now Organiser in this conference."));
        String row = browser.findAll("tr").stream().filter(r -> r.getText().contains(NEWCOMER)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + NEWCOMER)).getText();
        assertTrue(row.contains("Organiser") && row.contains("Nia Newcomer"), row);
        browser.screenshot("users-roles");
    }

    private static void type(Browser browser, String name, String text) {
        var field = browser.find("input[name='" + name + "']");
        field.clear();
        field.sendKeys(text);
    }
}
