package dev.gateway.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The drill on one time axis: checkout p99 per 5-second window (by when checkouts were sent) for
 * "before" and "after" and, for "before", the age of the oldest checkout still unanswered at each
 * window's end; below, the calls pricing received per second.
 */
final class DrillChart {

    private DrillChart() {
    }

    static void write(Path png, List<DrillReport.Row> before, List<DrillReport.Row> after) {
        XYSeriesCollection p99 = new XYSeriesCollection();
        p99.addSeries(series("before: checkout p99 (ms)", before, row -> row.p99()));
        p99.addSeries(series("after: checkout p99 (ms)", after, row -> row.p99()));
        p99.addSeries(series("before: oldest unanswered checkout (ms)", before, row -> row.oldestWaiting()));
        XYSeriesCollection pricing = new XYSeriesCollection();
        pricing.addSeries(series("before: pricing calls/s", before, DrillIncidentFigures::pricingPerSecond));
        pricing.addSeries(series("after: pricing calls/s", after, DrillIncidentFigures::pricingPerSecond));

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("seconds since the drill started"));
        plot.add(new XYPlot(p99, null, new NumberAxis("milliseconds"), new XYLineAndShapeRenderer()), 3);
        plot.add(new XYPlot(pricing, null, new NumberAxis("pricing calls/s"), new XYLineAndShapeRenderer()), 2);
        JFreeChart chart = new JFreeChart("Pricing 2.8 s slow: before and after", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        try {
            ChartUtils.saveChartAsPNG(png.toFile(), chart, 1100, 700);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private static XYSeries series(String name, List<DrillReport.Row> rows,
            java.util.function.ToDoubleFunction<DrillReport.Row> value) {
        XYSeries series = new XYSeries(name);
        rows.forEach(row -> series.add(row.fromSecond() + (row.toSecond() - row.fromSecond()) / 2.0,
                value.applyAsDouble(row)));
        return series;
    }
}
