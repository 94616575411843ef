package kz.rudny.cabinet.web.reporting;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A Chart.js configuration for PrimeFaces' {@code p:chart} (Chart.js is served by PrimeFaces itself, nothing from a
 * CDN): bars or lines of a few series over the same labels. The table beside each chart carries the same figures for
 * screen readers; the chart has an aria label.
 */
public final class ChartJson {

    /** Colours told apart also by people with the common colour blindness (Okabe and Ito's palette). */
    private static final String[] COLOURS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
        "#F0E442", "#000000"};

    private final String type;
    private final List<String> labels;
    private final List<JsonObjectBuilder> series = new ArrayList<>();

    private ChartJson(String type, List<String> labels) {
        this.type = type;
        this.labels = labels;
    }

    public static ChartJson bars(List<String> labels) {
        return new ChartJson("bar", labels);
    }

    public static ChartJson lines(List<String> labels) {
        return new ChartJson("line", labels);
    }

    /** A series: its name and one number per label. */
    public ChartJson series(String name, List<? extends Number> values) {
        String colour = COLOURS[series.size() % COLOURS.length];
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(v.doubleValue()));
        series.add(Json.createObjectBuilder().add("label", name).add("data", data)
                .add("backgroundColor", colour).add("borderColor", colour).add("fill", false));
        return this;
    }

    public String json() {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        series.forEach(datasets::add);
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0))))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                                .add("position", "bottom"))))
                .build().toString();
    }
}
