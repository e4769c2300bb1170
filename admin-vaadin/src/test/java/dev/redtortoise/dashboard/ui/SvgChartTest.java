package dev.redtortoise.dashboard.ui;

import dev.redtortoise.dashboard.entity.Bucket;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartTest {

    static final SvgChart.Series WRITTEN = new SvgChart.Series("written", "green");
    static final SvgChart.Series REJECTED = new SvgChart.Series("rejected <&>", "orange");

    @Test
    void everyHourIsABarWithATooltipAndOnlyNonZeroPartsAreDrawn() throws Exception {
        List<Bucket> day = Bucket.lastDay(Instant.parse("2026-11-30T13:40:00Z"),
                List.of(new Bucket(Instant.parse("2026-11-30T13:00:00Z"), 30, 10)));

        Document svg = parse(SvgChart.stackedBars("Imports", day, WRITTEN, REJECTED));

        NodeList bars = svg.getElementsByTagName("g");
        assertThat(bars.getLength()).isEqualTo(24);
        assertThat(bars.item(23).getTextContent()).isEqualTo("13:00 UTC: 30 written, 10 rejected <&>");
        assertThat(bars.item(0).getChildNodes().getLength()).as("an empty hour: its tooltip only").isEqualTo(1);
        assertThat(bars.item(23).getChildNodes().getLength()).as("tooltip and two parts").isEqualTo(3);
    }

    @Test
    void theTallestBarFillsTheRoundedScaleAndPartsStack() throws Exception {
        List<Bucket> day = Bucket.lastDay(Instant.parse("2026-11-30T13:40:00Z"),
                List.of(new Bucket(Instant.parse("2026-11-30T13:00:00Z"), 30, 10)));

        Document svg = parse(SvgChart.stackedBars("Imports", day, WRITTEN, REJECTED));

        NodeList parts = ((org.w3c.dom.Element) svg.getElementsByTagName("g").item(23)).getElementsByTagName("rect");
        double plot = SvgChart.HEIGHT - SvgChart.TOP - SvgChart.BOTTOM;
        double written = Double.parseDouble(((org.w3c.dom.Element) parts.item(0)).getAttribute("height"));
        double rejected = Double.parseDouble(((org.w3c.dom.Element) parts.item(1)).getAttribute("height"));
        assertThat(written).as("30 of a scale of 50").isCloseTo(plot * 30 / 50, org.assertj.core.data.Offset.offset(0.1));
        assertThat(rejected).isCloseTo(plot * 10 / 50, org.assertj.core.data.Offset.offset(0.1));
        assertThat(((org.w3c.dom.Element) parts.item(1)).getAttribute("y"))
                .as("the second part sits on the first").isEqualTo(String.format(java.util.Locale.ROOT, "%.1f",
                        SvgChart.TOP + plot - plot * 40 / 50));
    }

    @Test
    void theScaleIsRoundAndNeverZero() {
        assertThat(SvgChart.roundUp(0)).isEqualTo(2);
        assertThat(SvgChart.roundUp(3)).isEqualTo(5);
        assertThat(SvgChart.roundUp(40)).isEqualTo(50);
        assertThat(SvgChart.roundUp(100)).isEqualTo(100);
        assertThat(SvgChart.roundUp(101)).isEqualTo(200);
    }

    @Test
    void anEmptyDayIsStillAChart() throws Exception {
        Document svg = parse(SvgChart.stackedBars("Errors", Bucket.lastDay(Instant.now(), List.of()), WRITTEN, REJECTED));

        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("Errors");
        assertThat(svg.getElementsByTagName("g").getLength()).isEqualTo(24);
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
