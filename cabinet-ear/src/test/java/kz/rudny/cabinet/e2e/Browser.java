package kz.rudny.cabinet.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no browser download), pointed at the
 * test server, with screenshots saved under target/screenshots for a person to look at.
 */
final class Browser implements AutoCloseable {

    static final String BASE = System.getProperty("e2e.baseUrl", "http://localhost:28080");
    static final String PASSWORD = "Rudny-2026";
    private static final Path SHOTS = Path.of(System.getProperty("e2e.screenshots", "target/screenshots"));

    final ChromeDriver driver;
    private final Path profile;

    /** A phone-sized screen (Chromium's mobile emulation: headless windows are never narrower than 500 px). */
    static Browser phone() {
        return new Browser(390, 844, true);
    }

    Browser(int width, int height) {
        this(width, height, false);
    }

    private Browser(int width, int height, boolean mobile) {
        try {
            profile = Files.createTempDirectory("e2e-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile, "--lang=en");
        if (mobile) {
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0)));
        }
        // The browser's console is read when the browser closes: a script the Content-Security-Policy blocked fails the test.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    Browser() {
        this(1280, 900);
    }

    void open(String path) {
        driver.get(BASE + path);
    }

    WebElement find(String id) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The text of an element, or "" while an ajax update is replacing it (for use inside waits). */
    String textOf(String id) {
        try {
            return driver.findElement(By.id(id)).getText().replaceAll("\\s+", " ");
        } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return "";
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return "";
            }
            throw e;
        }
    }

    /** The id of the element that has the keyboard's focus ("" when none has an id). */
    String focusedId() {
        Object id = driver.executeScript("return document.activeElement ? document.activeElement.id : '';");
        return id == null ? "" : id.toString();
    }

    /** Sets a field as the browser's form sends it (date and time inputs: yyyy-MM-dd, HH:mm). */
    void setValue(String id, String value) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    /** Chooses the option of a (PrimeFaces' hidden native) select whose label contains the text. */
    void selectByText(String selectId, String text) {
        Object chosen = driver.executeScript("var s = document.getElementById(arguments[0]);"
                + "for (var i = 0; i < s.options.length; i++) { if (s.options[i].text.indexOf(arguments[1]) >= 0) {"
                + " s.value = s.options[i].value; return s.options[i].text; } } return null;", selectId, text);
        if (chosen == null) {
            throw new AssertionError("no option " + text + " in " + selectId);
        }
    }

    /**
     * Chooses an item of a PrimeFaces select menu as a person does (opens it, clicks the item whose label contains
     * the text, once it is shown), so that its change behaviour runs; then waits for the page's requests to finish.
     */
    void choose(String menuId, String text) {
        // In the middle of the screen first: scrolling to an item of the open panel would close it.
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", find(menuId));
        String item = "//*[@id='" + menuId + "_items']//li[contains(normalize-space(.),'" + text + "')]";
        for (int attempt = 0; attempt < 3 && !chosen(menuId, text); attempt++) {
            List<WebElement> panel = driver.findElements(By.id(menuId + "_panel"));
            if (panel.isEmpty() || !panel.get(0).isDisplayed()) {
                find(menuId).click();
            }
            // The panel fades in: a click before it stands still may land on nothing (then it is tried again).
            waitFor().until(ExpectedConditions.elementToBeClickable(By.xpath(item)));
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            driver.findElement(By.xpath(item)).click();
            waitFor().until(d -> Boolean.TRUE.equals(driver.executeScript("return !window.PrimeFaces"
                    + " || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));")));
        }
        if (!chosen(menuId, text)) {
            throw new AssertionError("could not choose " + text + " in " + menuId);
        }
    }

    private boolean chosen(String menuId, String text) {
        return Boolean.TRUE.equals(driver.executeScript("var s = document.getElementById(arguments[0]);"
                + " return s.selectedIndex >= 0 && s.options[s.selectedIndex].text.indexOf(arguments[1]) >= 0;",
                menuId + "_input", text));
    }

    void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks something that submits the page and waits for the new page. */
    void clickAndWait(String id) {
        clickAndWait(find(id));
    }

    /** Clicks the element (a link, a button) and waits for the page it leads to. */
    void clickAndWait(WebElement element) {
        element.click();
        waitFor().until(d -> isGone(element));
        waitFor().until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** Whether the element left the page; Chromium reports a detached node in two ways. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    void signIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        clickAndWait("login:signIn");
    }

    void signIn(String username) {
        signIn(username, PASSWORD);
    }

    void signOut() {
        clickAndWait("out:signOut");
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String title() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rules of WCAG 2.1 A and AA that axe-core checks automatically. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Fails when axe-core finds anything against WCAG 2.1 A or AA on the page as it is now, naming each rule, its
     * help text and the elements (CSS selectors) that break it.
     */
    void assertAccessible(String what) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<String> violations = results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).toList())
                .toList();
        if (!violations.isEmpty()) {
            throw new AssertionError(what + " (" + driver.getCurrentUrl() + ") breaks WCAG 2.1 AA:\n  "
                    + String.join("\n  ", violations));
        }
    }

    /** A GET of the path with this browser's session (a download the browser would save), outside the browser. */
    java.net.http.HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + path))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The text of a form field's block: its label, and the message the page put by it. */
    String fieldText(String inputId) {
        return driver.findElement(By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(@class,'field')][1]"))
                .getText().replaceAll("\\s+", " ");
    }

    /** A one-page PDF in a temporary file, as a scanned certificate or diploma would be. */
    static Path onePagePdf(String prefix) throws IOException {
        Path file = Files.createTempFile(prefix, ".pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(file.toFile());
        }
        return file;
    }

    /** Fails when the page's Content-Security-Policy refused a script or a style of ours. */
    void assertNothingBlocked() {
        List<String> blocked = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
        if (!blocked.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy blocked: " + blocked);
        }
    }

    @Override
    public void close() {
        try {
            assertNothingBlocked();
        } finally {
            driver.quit();
        }
    }
}
