package dev.redtortoise.dashboard.ui;

import dev.redtortoise.dashboard.entity.Bucket;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Draws hourly counts as stacked bars in SVG, on the server: no chart library reaches the console (Vaadin
 * Charts is commercial, JFreeSVG is GPL) and the pre-built bundle takes no JavaScript of our own. Each bar
 * has a tooltip ({@code <title>}) with its hour and both counts; the y axis is scaled to a round maximum.
 */
final class SvgChart {

    /** One part of each bar: its name in tooltips and legend, and its colour (any CSS colour, Lumo's variables too). */
    record Series(String label, String color) {
    }

    static final int WIDTH = 480;
    static final int HEIGHT = 170;
    static final int LEFT = 40;
    static final int RIGHT = 8;
    static final int TOP = 22;
    static final int BOTTOM = 20;
    static final int LABEL_EVERY_HOURS = 6;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private SvgChart() {
    }

    static String stackedBars(String title, List<Bucket> buckets, Series primary, Series secondary) {
        long max = roundUp(buckets.stream().mapToLong(Bucket::total).max().orElse(0));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = buckets.isEmpty() ? plotWidth : plotWidth / buckets.size();
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\" class=\"chart\">");
        legend(svg, primary, secondary);
        for (long tick : new long[] {0, max / 2, max}) {
            double y = TOP + plotHeight - plotHeight * tick / max;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>",
                    LEFT, WIDTH - RIGHT, y, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" class=\"axis\">%d</text>",
                    LEFT - 4, y + 4, tick));
        }
        for (int i = 0; i < buckets.size(); i++) {
            Bucket bucket = buckets.get(i);
            double x = LEFT + i * slot + 1;
            double width = Math.max(1, slot - 2);
            double primaryHeight = plotHeight * bucket.primary() / max;
            double secondaryHeight = plotHeight * bucket.secondary() / max;
            double base = TOP + plotHeight;
            svg.append("<g class=\"bar\"><title>").append(HOUR.format(bucket.hour())).append(" UTC: ")
                    .append(bucket.primary()).append(' ').append(escape(primary.label())).append(", ")
                    .append(bucket.secondary()).append(' ').append(escape(secondary.label())).append("</title>");
            rect(svg, x, base - primaryHeight, width, primaryHeight, primary.color());
            rect(svg, x, base - primaryHeight - secondaryHeight, width, secondaryHeight, secondary.color());
            svg.append("</g>");
            if (i % LABEL_EVERY_HOURS == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"axis\">%s</text>",
                        x, HEIGHT - 5, HOUR.format(bucket.hour())));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code value} (and at least 2, so half is whole). */
    static long roundUp(long value) {
        long step = 1;
        while (true) {
            for (long factor : new long[] {2, 5, 10}) {
                if (step * factor >= value) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }

    private static void legend(StringBuilder svg, Series primary, Series secondary) {
        int x = LEFT;
        for (Series series : List.of(primary, secondary)) {
            rect(svg, x, 6, 10, 10, series.color());
            svg.append("<text x=\"").append(x + 14).append("\" y=\"15\" class=\"axis\">").append(escape(series.label()))
                    .append("</text>");
            x += 24 + 7 * series.label().length();
        }
    }

    private static void rect(StringBuilder svg, double x, double y, double width, double height, String color) {
        if (height > 0) {
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" style=\"fill:%s\"/>",
                    x, y, width, height, escape(color)));
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
