package dev.lede.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's headless Chromium, driven through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code LEDE_CHROMIUM} and {@code LEDE_CHROMEDRIVER} name others). Nothing is
 * downloaded. Before any page's own code, every page gets {@link #RECORDER}, which replaces the functions an
 * injected script would call first and records each call. One browser a test class; not thread-safe.
 */
final class Chromium implements AutoCloseable {
    /**
     * Runs before each document's own scripts (Page.addScriptToEvaluateOnNewDocument): records calls of
     * alert, confirm, prompt, print, eval, fetch, open and timers given code as a string, and every navigation,
     * script error and console error, in {@code window.__ledeRecord}.
     */
    static final String RECORDER = String.join("\n",
            "(() => {",
            "  const record = [];",
            "  Object.defineProperty(window, '__ledeRecord', {value: record});",
            "  const note = (what, args) => record.push(what + '(' + Array.from(args).map(String).join(', ')"
                    + ".slice(0, 120) + ')');",
            "  for (const name of ['alert', 'confirm', 'prompt', 'print', 'fetch', 'open']) {",
            "    window[name] = function () { note(name, arguments); };",
            "  }",
            // eval and string timers still work, as the driver's own calls may need them, but are recorded.
            "  const realEval = window.eval;",
            "  window.eval = function (code) { note('eval', [code]); return realEval(code); };",
            "  for (const name of ['setTimeout', 'setInterval']) {",
            "    const real = window[name];",
            "    window[name] = function (code, ...rest) {",
            "      if (typeof code === 'string') { note(name, [code]); }",
            "      return real.call(window, code, ...rest);",
            "    };",
            "  }",
            "  if (window.navigation) {",
            "    navigation.addEventListener('navigate', e => note('navigate', [e.destination.url]));",
            "  }",
            "  window.addEventListener('error', e => { if (e.target === window) note('error', [e.message]); },"
                    + " true);",
            "  const realError = console.error;",
            "  console.error = function () { note('console.error', arguments); realError.apply(console, arguments); };",
            "})();");

    private final ChromeDriver driver;

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts the browser, or skips the calling test, saying why, when there is none. */
    static Chromium startOrSkip() {
        Path browser = Path.of(System.getenv().getOrDefault("LEDE_CHROMIUM", "/usr/bin/chromium"));
        Path driverBinary = Path.of(System.getenv().getOrDefault("LEDE_CHROMEDRIVER", "/usr/bin/chromedriver"));
        assumeTrue(Files.isExecutable(browser) && Files.isExecutable(driverBinary), "no Chromium at " + browser
                + " or chromedriver at " + driverBinary + ": the browser tests are skipped (.ci/run installs "
                + "Debian's chromium and chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        // The flags that keep Chromium from reaching out of this closed network at every start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage",
                "--allow-file-access-from-files", "--window-size=1280,1000");
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        return new Chromium(driver);
    }

    /** What a loaded page did. */
    record Visit(String url, List<String> record, long scripts, long handlers, long unsafeUrls, long embeds,
            boolean dialog, List<String> consoleErrors) {
        /** Whether nothing ran, nothing navigated, nothing opened and the console holds no error of the page. */
        boolean quiet(String expectedUrl) {
            return url.equals(expectedUrl) && record.isEmpty() && scripts == 0 && handlers == 0 && unsafeUrls == 0
                    && embeds == 0 && !dialog && consoleErrors.isEmpty();
        }
    }

    /** Opens a file and reads what happened, from the live DOM of the browser's own parse. */
    @SuppressWarnings("unchecked")
    Visit open(Path page) {
        driver.get(page.toUri().toString());
        boolean dialog;
        try {
            driver.switchTo().alert();
            dialog = true;
        } catch (NoAlertPresentException expected) {
            dialog = false;
        }
        Map<String, Object> found = (Map<String, Object>) driver.executeScript(String.join("\n",
                "const all = Array.from(document.querySelectorAll('*'));",
                "const unsafe = /^(javascript|vbscript|data):/i;",
                // An address the browser cannot parse is one it cannot follow either.
                "const scheme = v => { try { return new URL(v, document.baseURI).protocol; } catch (e) { "
                        + "return 'unparsable:'; } };",
                "return {",
                "  record: window.__ledeRecord ? Array.from(window.__ledeRecord) : ['recorder missing'],",
                "  scripts: Array.from(document.scripts).filter(s => s.type !== 'application/ld+json').length,",
                "  handlers: all.reduce((n, e) => n + Array.from(e.attributes)"
                        + ".filter(a => a.name.toLowerCase().startsWith('on')).length, 0),",
                "  unsafeUrls: all.reduce((n, e) => n + ['href', 'src', 'cite', 'action', 'formaction', 'srcdoc']"
                        + ".filter(a => e.hasAttribute(a) && (a === 'srcdoc' || unsafe.test("
                        + "scheme(e.getAttribute(a))))).length, 0),",
                "  embeds: document.querySelectorAll('iframe, frame, object, embed, base, form, svg, math, "
                        + "meta[http-equiv], link[rel=import]').length",
                "};"));
        List<String> consoleErrors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            // A picture the page names but the offline machine cannot fetch is not an error of the page.
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !entry.getMessage().contains("Failed to load resource")) {
                consoleErrors.add(entry.getMessage());
            }
        }
        return new Visit(driver.getCurrentUrl(), (List<String>) found.get("record"),
                (Long) found.get("scripts"), (Long) found.get("handlers"), (Long) found.get("unsafeUrls"),
                (Long) found.get("embeds"), dialog, consoleErrors);
    }

    /**
     * Writes a PNG screenshot of the page's first screen at the given size to {@code target}; returns how wide
     * the page is there, in CSS pixels (wider than {@code width} means it scrolls sideways).
     */
    long screenshot(Path page, int width, int height, double scale, boolean mobile, Path target) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", scale, "mobile", mobile));
        try {
            driver.get(page.toUri().toString());
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Files.createDirectories(target.getParent());
            Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
            return (Long) driver.executeScript("return document.documentElement.scrollWidth;");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
