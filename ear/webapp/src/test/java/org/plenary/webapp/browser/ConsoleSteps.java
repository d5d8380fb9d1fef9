package org.plenary.webapp.browser;

import org.openqa.selenium.WebElement;
import org.plenary.testkit.browser.Browser;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What console browser tests do again and again: sign in, type into a field, read the page's messages. */
final class ConsoleSteps {

    private ConsoleSteps() {
    }

    static void signIn(Browser browser, String email, String password) {
        browser.open("login.xhtml");
        type(browser, "signin:email", email);
        type(browser, "signin:password", password);
        browser.clickToNavigate(browser.find("input[name='signin:submit']"));
        assertTrue(browser.currentUrl().contains("/console/"), "signed in: " + browser.currentUrl());
    }

    static void type(Browser browser, String name, String text) {
        WebElement field = browser.find("[name='" + name + "']");
        field.clear();
        field.sendKeys(text);
    }

    /** Picks an option of a PrimeFaces select menu by its label, as a person does, and checks it took. */
    static void choose(Browser browser, String menuId, String label) {
        org.openqa.selenium.By item = org.openqa.selenium.By.cssSelector("div[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        for (int attempt = 0; attempt < 5; attempt++) {
            if (!browser.find("div[id='" + menuId + "_panel']").isDisplayed()) {
                browser.find("span[id='" + menuId + "_label']").click();
            }
            browser.waitUntil(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(item));
            pause(300); // the panel slides open; a click during the slide lands elsewhere
            browser.driver().findElement(item).click();
            pause(300);
            if (label.equals(browser.find("span[id='" + menuId + "_label']").getText().strip())) {
                return;
            }
        }
        throw new AssertionError("could not choose " + label + " in " + menuId);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The text of the messages at the top of a console page. */
    static String messages(Browser browser) {
        return browser.findAll("#messages li, #messages .ui-messages-summary").stream().map(WebElement::getText)
                .collect(Collectors.joining(" | "));
    }

    /** The message shown beside a field. */
    static String fieldMessage(Browser browser, String fieldName) {
        return browser.driver().findElement(org.openqa.selenium.By.xpath("//*[@name='" + fieldName
                + "']/following-sibling::*[contains(@class,'ui-message')]")).getText();
    }
}
