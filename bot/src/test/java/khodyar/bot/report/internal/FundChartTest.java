package khodyar.bot.report.internal;

import khodyar.bot.i18n.Messages;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.domain.money.DisplayUnit;
import khodyar.domain.report.FundByMonth.MonthEnd;
import khodyar.domain.text.JalaliMonth;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FundChartTest {

    private static final ReportWords PERSIAN_IN_TOMAN = new ReportWords(Messages.load(), Lang.FA, DisplayUnit.TOMAN,
            ZoneId.of("Asia/Tehran"));

    @Test
    void twoYearsOfAGrowingFundDrawThreeLinesOnAWhitePicture() throws IOException {
        // given: savings grow by 10 million toman a month, a third of it lent out
        List<MonthEnd> months = new ArrayList<>();
        JalaliMonth month = new JalaliMonth(1403, 1);
        for (int i = 1; i <= 24; i++, month = month.next()) {
            long savings = i * 100_000_000L;
            months.add(new MonthEnd(month, savings, savings / 3, savings - savings / 3));
        }

        // when
        byte[] png = FundChart.png("گروه امید", months, PERSIAN_IN_TOMAN);

        // then: a picture of the chart's size, with the three series' colours in it
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(picture.getWidth()).isEqualTo(FundChart.WIDTH);
        assertThat(picture.getHeight()).isEqualTo(FundChart.HEIGHT);
        assertThat(colours(picture)).contains(0x2E7D32, 0xEF6C00, 0x1565C0);
        Path sample = Path.of("target", "report-samples", "fund-fa.png");
        Files.createDirectories(sample.getParent());
        Files.write(sample, png);
    }

    @Test
    void aNewGroupWithOneMonthStillGetsAChart() throws IOException {
        byte[] png = FundChart.png("گروه نو", List.of(new MonthEnd(new JalaliMonth(1404, 1), 0, 0, 0)),
                PERSIAN_IN_TOMAN);

        assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
    }

    private static java.util.Set<Integer> colours(BufferedImage picture) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int x = 0; x < picture.getWidth(); x++) {
            for (int y = 0; y < picture.getHeight(); y++) {
                seen.add(picture.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen;
    }
}
