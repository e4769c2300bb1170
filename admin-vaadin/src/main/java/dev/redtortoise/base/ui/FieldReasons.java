package dev.redtortoise.base.ui;

import com.vaadin.flow.component.HasValidation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows a boundary's reasons beside the fields they name. A reason names a field when it starts with the
 * field's name in the boundary's words, followed by anything but a letter or digit ("cron's hour field ...",
 * "timeZone 'Mars' is ...", "parameters: ..."); the reasons that name no field are handed back for the form
 * to show elsewhere.
 */
public final class FieldReasons {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldReasons field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Clears every field's reason, then shows these; returns the reasons that name no field. */
    public List<String> show(List<String> reasons) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        List<String> others = new ArrayList<>();
        Map<HasValidation, List<String>> placed = new LinkedHashMap<>();
        for (String reason : reasons) {
            HasValidation field = named(reason);
            if (field == null) {
                others.add(reason);
            } else {
                placed.computeIfAbsent(field, ignored -> new ArrayList<>()).add(reason);
            }
        }
        placed.forEach((field, messages) -> {
            field.setErrorMessage(String.join("; ", messages));
            field.setInvalid(true);
        });
        return others;
    }

    private HasValidation named(String reason) {
        return fields.entrySet().stream()
                .filter(entry -> reason.startsWith(entry.getKey()) && reason.length() > entry.getKey().length()
                        && !Character.isLetterOrDigit(reason.charAt(entry.getKey().length())))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
