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
