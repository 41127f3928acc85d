package khodyar.bot.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The simulator in a real browser: headless Chromium from Debian's packages drives the page of the
 * app started without a token, as a newcomer would: people added, links forwarded and clicked,
 * buttons pressed. Skipped where /usr/bin/chromium is absent ({@code .ci/run} installs it).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulatorBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(25);
    private static final Path SCREENSHOT = Path.of("target", "simulator-browser.png");
    private static final String UNKNOWN_COMMAND = "این فرمان را نمی‌شناسم";

    private static WebDriver browser;
    private static Path profileDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void simulatorMode(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("khodyar-simulator-browser");
        registry.add("telegram.bot-token", () -> "");
        registry.add("simulator.enabled", () -> "true");
        registry.add("bot.admins", () -> "");
        registry.add("bot.data-dir", dataDir::toString);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: needs Debian's chromium and chromium-driver (/usr/bin/chromium,"
                        + " /usr/bin/chromedriver); apt-get install -y chromium chromium-driver");
        // Selenium Manager must not look for a driver on the network
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profileDir = Files.createTempDirectory("khodyar-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profileDir, "--window-size=1600,900", "--lang=fa");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void peopleJoinAGroupByClickingItsLinkAndTheFacilitatorSeesTheMembers() throws IOException {
        openThePage();
        Phone admin = addPerson("مدیر");
        assertThat(personItem("مدیر").getText()).contains("مدیر");

        admin.types("/invite facilitator");
        admin.awaitsBotSaying("start=");
        Phone nasrin = addPerson("نسرین");
        admin.forwardsLastLinkTo("نسرین");
        nasrin.clicksForwardedLink();
        nasrin.awaitsBotSaying("تسهیلگر");

        nasrin.types("/newgroup گروه امید");
        nasrin.awaitsBotSaying("start=");
        Phone maryam = addPerson("مریم");
        nasrin.forwardsLastLinkTo("مریم");
        maryam.clicksForwardedLink();
        maryam.awaitsBotSaying("خوش آمدید");
        maryam.pressesKey("فرستادن شماره من");
        maryam.awaitsMyMessage("+98912");
        maryam.awaitsBotSaying("مددخواه");
        maryam.pressesKey("خیر");
        maryam.awaitsBotSaying("ثبت شد");

        Phone zahra = addPerson("زهرا");
        nasrin.forwardsLastLinkTo("زهرا");
        zahra.clicksForwardedLink();
        zahra.awaitsBotSaying("خوش آمدید");
        zahra.pressesKey("رد شدن");
        zahra.awaitsBotSaying("مددخواه");
        zahra.pressesKey("رد شدن");
        zahra.awaitsBotSaying("ثبت شد");

        nasrin.types("/setrole 1 treasurer");
        nasrin.awaitsBotSaying("برای مریم ثبت شد");
        nasrin.types("/members");
        String members = nasrin.awaitsBotSaying("اعضای گروه");

        assertThat(members).contains("۱. مریم — خزانه‌دار").contains("۲. زهرا");
        maryam.awaitsBotSaying("خزانه‌دار");
        screenshot();
    }

    @Test
    void aDepositIsReportedAndConfirmedByPressingTheButtons() throws IOException {
        openThePage();
        Phone admin = phoneOrNew("مدیر");
        admin.types("/invite facilitator");
        admin.awaitsBotSaying("start=");
        Phone leila = addPerson("لیلا");
        admin.forwardsLastLinkTo("لیلا");
        leila.clicksForwardedLink();
        leila.awaitsBotSaying("تسهیلگر");
        leila.types("/newgroup گروه باران");
        leila.awaitsBotSaying("start=");
        Phone sara = addPerson("سارا");
        leila.forwardsLastLinkTo("سارا");
        sara.clicksForwardedLink();
        sara.awaitsBotSaying("خوش آمدید");
        Phone hasti = addPerson("هستی");
        leila.forwardsLastLinkTo("هستی");
        hasti.clicksForwardedLink();
        hasti.awaitsBotSaying("خوش آمدید");
        leila.types("/setrole 1 treasurer");
        leila.awaitsBotSaying("ثبت شد");

        hasti.types("/deposit 200000");
        String answer = hasti.awaitsAnyBotAnswerTo("/deposit 200000");
        // enabled at merge: the deposit feature (ledger chat) is not in main while this is written
        assumeFalse(answer.contains(UNKNOWN_COMMAND), "the bot has no /deposit yet; the deposit part waits for it");

        sara.types("/pending");
        sara.pressesInlineButton("تأیید");
        hasti.types("/balance");
        assertThat(hasti.awaitsBotSaying("۲۰۰٬۰۰۰")).contains("۲۰۰٬۰۰۰");
        screenshot();
    }

    // ---- the page, as a person uses it ----

    private void openThePage() {
        browser.get("http://127.0.0.1:" + port + "/");
        until(d -> !d.findElements(By.cssSelector("#add-person button")).isEmpty()
                && !d.findElement(By.cssSelector("#add-person button")).getText().isBlank());
    }

    private Phone addPerson(String name) {
        WebElement input = browser.findElement(By.id("new-person-name"));
        input.sendKeys(name);
        browser.findElement(By.cssSelector("#add-person button")).click();
        WebElement item = until(d -> personItem(name));
        return new Phone(name, Long.parseLong(item.getAttribute("data-person")));
    }

    private Phone phoneOrNew(String name) {
        List<WebElement> items = browser.findElements(By.cssSelector("#people li.person"));
        for (WebElement item : items) {
            if (item.findElement(By.className("name")).getText().equals(name)) {
                return new Phone(name, Long.parseLong(item.getAttribute("data-person")));
            }
        }
        return addPerson(name);
    }

    private WebElement personItem(String name) {
        for (WebElement item : browser.findElements(By.cssSelector("#people li.person"))) {
            if (item.findElement(By.className("name")).getText().equals(name)) {
                return item;
            }
        }
        return null;
    }

    private void screenshot() throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }

    private static <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** One person's chat on the page; every action first brings it to the front, as a click in the list does. */
    private final class Phone {
        private final String name;
        private final long id;

        Phone(String name, long id) {
            this.name = name;
            this.id = id;
        }

        private WebElement open() {
            return until(d -> {
                List<WebElement> phones = d.findElements(By.cssSelector(".phone[data-person=\"" + id + "\"]"));
                if (phones.isEmpty()) {
                    personItem(name).click();
                    return null;
                }
                return phones.get(0);
            });
        }

        void types(String text) {
            WebElement input = open().findElement(By.className("typed"));
            input.sendKeys(text);
            open().findElement(By.className("send")).click();
        }

        String awaitsBotSaying(String words) {
            return until(d -> bubbles(".msg.bot").stream().map(WebElement::getText)
                    .filter(text -> text.contains(words)).reduce((first, second) -> second).orElse(null));
        }

        void awaitsMyMessage(String words) {
            until(d -> bubbles(".msg.me").stream().anyMatch(b -> b.getText().contains(words)) ? true : null);
        }

        /** The bot's first answer after the person's message with this text. */
        String awaitsAnyBotAnswerTo(String typed) {
            return until(d -> {
                List<WebElement> all = bubbles(".msg");
                for (int i = all.size() - 1; i >= 0; i--) {
                    WebElement bubble = all.get(i);
                    if (bubble.getAttribute("class").contains(" me ") && bubble.getText().contains(typed)) {
                        return i + 1 < all.size() ? all.get(i + 1).getText() : null;
                    }
                }
                return null;
            });
        }

        void forwardsLastLinkTo(String otherName) {
            until(d -> {
                List<WebElement> withLink = bubbles(".msg.bot").stream()
                        .filter(b -> !b.findElements(By.cssSelector("select.forward")).isEmpty()).toList();
                if (withLink.isEmpty()) {
                    return null;
                }
                new Select(withLink.get(withLink.size() - 1).findElement(By.cssSelector("select.forward")))
                        .selectByVisibleText(otherName);
                return true;
            });
        }

        void clicksForwardedLink() {
            until(d -> {
                List<WebElement> links = open().findElements(By.cssSelector(".msg.other a.deeplink"));
                if (links.isEmpty()) {
                    return null;
                }
                links.get(links.size() - 1).click();
                return true;
            });
        }

        void pressesKey(String labelPart) {
            until(d -> {
                for (WebElement key : open().findElements(By.cssSelector(".keyboard button.key"))) {
                    if (key.getText().contains(labelPart)) {
                        key.click();
                        return true;
                    }
                }
                return null;
            });
        }

        void pressesInlineButton(String labelPart) {
            until(d -> {
                for (WebElement button : open().findElements(By.cssSelector(".msg.bot button.inline"))) {
                    if (button.getText().contains(labelPart) && button.isEnabled()) {
                        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()", button);
                        button.click();
                        return true;
                    }
                }
                return null;
            });
        }

        private List<WebElement> bubbles(String selector) {
            return open().findElements(By.cssSelector(".messages " + selector));
        }
    }
}
