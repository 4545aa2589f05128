package org.bwc.articlex.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh headless Chromium for every test (its own profile, so no session or cookie leaks from one test to the
 * next), driven through the system's {@code chromedriver}: nothing is downloaded, Selenium Manager never runs.
 * When a test fails, a screenshot and the page source are written to {@code target/browser-screenshots/}
 * before the browser is closed (a {@link TestWatcher} runs after {@code @AfterEach}, so the browser is closed
 * here and not in the test).
 *
 * <p>Paths: {@code -Darticlex.chromium=...} and {@code -Darticlex.chromedriver=...} (defaults: Debian's
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, installed by {@code .ci/run}).
 */
public final class Browser implements BeforeEachCallback, TestWatcher {

    static final Path CHROMIUM = Path.of(System.getProperty("articlex.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("articlex.chromedriver", "/usr/bin/chromedriver"));
    static final Path FAILURES = Path.of("target", "browser-screenshots");
    /** Waits are generous: the build machine has two cores and runs Spring, the engine and Chromium at once. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private ChromeDriver driver;
    private ChromeDriverService service;
    private Path profile;

    public ChromeDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("The browser is started before each test");
        }
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver(), PATIENCE);
    }

    public WebElement visible(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Clicks where a user would: scrolled into the middle of its scroll pane first. At the very end of Tasklist's task
     * pane (the Complete button) the fixed footer covers the lower half of an element that cannot be scrolled any
     * higher: the click then goes to the element's visible upper part, as a user's would.
     */
    public void click(WebElement element) {
        driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        waiting().until(ExpectedConditions.elementToBeClickable(element));
        Long visibleTop = (Long) driver().executeScript("""
                const el = arguments[0], r = el.getBoundingClientRect(), x = r.left + r.width / 2;
                const mine = y => { const hit = document.elementFromPoint(x, y); return hit === el || el.contains(hit); };
                if (mine(r.top + r.height / 2)) return null;
                for (let y = Math.ceil(r.top) + 1; y < r.bottom; y++) { if (mine(y)) return Math.round(y - r.top); }
                return null;""", element);
        if (visibleTop == null) {
            element.click();
        } else {
            int fromCentre = (int) (visibleTop + 2 - element.getRect().getHeight() / 2);
            new Actions(driver()).moveToElement(element, 0, fromCentre).click().perform();
        }
    }

    public void click(By locator) {
        click(waiting().until(ExpectedConditions.elementToBeClickable(locator)));
    }

    /**
     * Replaces the text of the input at {@code locator} the way a user does (click, select all, type over it) until it
     * holds exactly {@code text}. Keys can go astray on a loaded machine: a re-render of the form drops some, a page's
     * own late focus (the login's username field) takes the rest; then the user types it again, as a person would — at
     * most three times.
     */
    public void type(By locator, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement field = visible(locator);
                click(field);
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                field.sendKeys(text);
                waiting().withTimeout(Duration.ofSeconds(attempt < 3 ? 10 : 30))
                        .withMessage(locator + " to hold what was typed")
                        .until(driver -> text.equals(visible(locator).getDomProperty("value")));
                return;
            } catch (TimeoutException | StaleElementReferenceException lost) {
                if (attempt == 3) {
                    throw lost;
                }
            }
        }
    }

    /** Whether the input at {@code locator} holds exactly {@code text} now. */
    public boolean holds(By locator, String text) {
        return driver().findElements(locator).stream().anyMatch(field -> text.equals(field.getDomProperty("value")));
    }

    /** Every request of this browser carries HTTP Basic credentials (the API door of the application). */
    public void sendBasicAuth(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        driver().executeCdpCommand("Network.enable", Map.of());
        driver().executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + token)));
    }

    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, driver().getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A picture for docs/: always under {@code target/browser-screenshots/docs/}, and also into the folder
     * named by {@code -Darticlex.browser.docs} (e.g. {@code -Darticlex.browser.docs=docs}) when it is set, so that an
     * ordinary build does not rewrite the committed images.
     */
    public void documentationScreenshot(String name, int height) {
        Dimension size = driver().manage().window().getSize();
        driver().manage().window().setSize(new Dimension(size.getWidth(), height));
        try {
            // the page lays itself out again for the new height; the next frame shows it
            driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " requestAnimationFrame(() => requestAnimationFrame(done));");
            screenshot(FAILURES.resolve("docs").resolve(name));
            String docs = System.getProperty("articlex.browser.docs");
            if (docs != null && !docs.isBlank()) {
                screenshot(Path.of(docs).resolve(name));
            }
        } finally {
            driver().manage().window().setSize(size);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException(executable + " is missing: install Debian's chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver; .ci/run does it)");
            }
        }
        profile = Files.createTempDirectory("articlex-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1440,1100", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(FAILURES.resolve("chromedriver.log").toFile().getAbsoluteFile())
                .build();
        Files.createDirectories(FAILURES);
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                Path png = screenshot(FAILURES.resolve(name + ".png"));
                Files.writeString(FAILURES.resolve(name + ".html"), driver.getPageSource());
                System.err.println("Browser at the failure: " + png.toAbsolutePath() + " (and .html), page " + driver.getCurrentUrl());
            } catch (RuntimeException | IOException e) {
                System.err.println("No screenshot of the failure of " + name + ": " + e);
            }
        }
        quit();
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        quit();
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        quit();
    }

    private void quit() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (service != null) {
                service.stop();
                service = null;
            }
            deleteProfile();
        }
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans it up eventually
        }
        profile = null;
    }
}
