package khodyar.bot.report.internal;

import khodyar.bot.i18n.Messages.Lang;
import khodyar.domain.report.FundByMonth.MonthEnd;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.SortOrder;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The fund over time as a PNG line chart: members' savings, loans outstanding, and cash and bank,
 * one point per Jalali month, amounts in the group's unit, digits and labels in the reader's language.
 */
final class FundChart {

    static final int WIDTH = 1000;
    static final int HEIGHT = 600;
    /** Beyond a year of months the axis labels stand upright, or they would overlap. */
    static final int MONTHS_LYING_FLAT = 12;

    private static final Color SAVINGS = new Color(0x2E7D32);
    private static final Color LOANS = new Color(0xEF6C00);
    private static final Color HELD = new Color(0x1565C0);

    private FundChart() {
    }

    static byte[] png(String groupName, List<MonthEnd> months, ReportWords words) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String savings = words.text("report.chart.savings");
        String loans = words.text("report.chart.loans");
        String held = words.text("report.chart.held");
        for (MonthEnd month : months) {
            String label = month.month().label(words.lang().code());
            dataset.addValue(words.inUnit(month.memberSavingsRials()), savings, label);
            dataset.addValue(words.inUnit(month.loansOutstandingRials()), loans, label);
            dataset.addValue(words.inUnit(month.cashAndBankRials()), held, label);
        }
        JFreeChart chart = ChartFactory.createLineChart(words.text("report.chart.title", groupName),
                words.text("report.chart.month"), words.text("report.chart.amount", words.unitWord()), dataset,
                PlotOrientation.VERTICAL, true, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultStroke(new BasicStroke(3));
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setSeriesPaint(0, SAVINGS);
        renderer.setSeriesPaint(1, LOANS);
        renderer.setSeriesPaint(2, HELD);
        NumberAxis amounts = (NumberAxis) plot.getRangeAxis();
        amounts.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale(words.lang())));
        amounts.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale(words.lang())));
        CategoryAxis monthAxis = plot.getDomainAxis();
        if (months.size() > MONTHS_LYING_FLAT) {
            monthAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ReportFont.regular(15));
        legend.setItemLabelPadding(new RectangleInsets(2, 8, 2, 8));
        if (words.lang() != Lang.EN) {
            // read from the right: the first series rightmost, each mark to the right of its words
            legend.setSortOrder(SortOrder.DESCENDING);
            legend.setLegendItemGraphicEdge(RectangleEdge.RIGHT);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("khodyar");
        theme.setExtraLargeFont(ReportFont.bold(22));
        theme.setLargeFont(ReportFont.regular(16));
        theme.setRegularFont(ReportFont.regular(14));
        theme.setSmallFont(ReportFont.regular(12));
        theme.setChartBackgroundPaint(Color.WHITE);
        return theme;
    }

    /** The JDK's Persian locale writes Persian digits with the Persian thousands separator. */
    private static Locale locale(Lang lang) {
        return lang == Lang.EN ? Locale.ENGLISH : Locale.forLanguageTag("fa-IR");
    }
}
