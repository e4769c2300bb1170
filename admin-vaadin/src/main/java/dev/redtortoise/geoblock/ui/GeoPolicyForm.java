package dev.redtortoise.geoblock.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.redtortoise.base.ui.FieldReasons;
import dev.redtortoise.geoblock.entity.GeoPolicy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Edits the policy: mode, countries (by name and ISO code), unknown addresses, exempt paths and networks;
 * below, an address to try against what the fields hold. It checks nothing itself: Save and Check hand the
 * fields to the view, which calls the boundary, and the boundary's reasons come back through
 * {@link #showProblems}, each beside its field.
 */
class GeoPolicyForm extends VerticalLayout {

    /** What the fields hold, as the boundary takes it. */
    record Edited(GeoPolicy.Mode mode, List<String> countries, boolean blockUnknown, List<String> exemptPaths,
                  List<String> exemptNetworks) {
    }

    final Select<GeoPolicy.Mode> mode = new Select<>();
    final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>("Countries");
    final Checkbox blockUnknown = new Checkbox("Block addresses whose country is unknown");
    final TextArea exemptPaths = new TextArea("Exempt paths (always let through)");
    final TextArea exemptNetworks = new TextArea("Exempt networks (CIDR, always let through)");
    final Paragraph problems = new Paragraph();
    final Button save = new Button("Save policy");
    final TextField address = new TextField("Address");
    final Button check = new Button("Check");
    final Paragraph verdict = new Paragraph();
    private final FieldReasons byReason = new FieldReasons();
    private Consumer<Edited> saveAction = ignored -> { };
    private BiConsumer<Edited, String> checkAction = (ignoredPolicy, ignoredAddress) -> { };

    GeoPolicyForm() {
        setId("geo-policy-form");
        setPadding(false);
        setWidth("36em");
        mode.setId("geo-mode");
        mode.setLabel("Mode");
        mode.setItems(GeoPolicy.Mode.values());
        mode.setItemLabelGenerator(GeoPolicyForm::describe);
        countries.setId("geo-countries");
        countries.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(GeoPolicyForm::country)).toList());
        countries.setItemLabelGenerator(GeoPolicyForm::country);
        countries.setHelperText("type a name or a code to find a country");
        blockUnknown.setId("geo-block-unknown");
        exemptPaths.setId("geo-exempt-paths");
        exemptPaths.setHelperText("one per line, e.g. /health");
        exemptNetworks.setId("geo-exempt-networks");
        exemptNetworks.setHelperText("one per line, e.g. 10.0.0.0/8 or 2001:db8::/32");
        problems.setId("geo-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        save.setId("geo-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveAction.accept(edited()));
        address.setId("geo-check-address");
        address.setPlaceholder("an IPv4 or IPv6 address");
        address.setHelperText("its country, and whether the policy above (saved or not) lets it reach the API");
        check.setId("geo-check");
        check.addClickListener(click -> checkAction.accept(edited(), address.getValue()));
        verdict.setId("geo-check-result");
        byReason.field("mode", mode).field("countries", countries).field("exemptPaths", exemptPaths)
                .field("exemptNetworks", exemptNetworks).field("address", address);

        FormLayout fields = new FormLayout(mode, countries, blockUnknown, exemptPaths, exemptNetworks);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        HorizontalLayout checking = new HorizontalLayout(address, check);
        checking.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(fields, problems, save, new H3("Check an address"), checking, verdict);
        showProblems(List.of());
    }

    /** "Germany (DE)": the English name and the ISO code. */
    static String country(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH) + " (" + code + ")";
    }

    static String describe(GeoPolicy.Mode mode) {
        return switch (mode) {
            case OFF -> "Off: every country comes in";
            case ALLOW -> "Allow list: only these countries";
            case DENY -> "Deny list: every country but these";
        };
    }

    /** Shows the policy; {@code editable} is false for a role that may only read. */
    void edit(GeoPolicy policy, boolean editable) {
        mode.setValue(policy.mode());
        countries.setValue(new LinkedHashSet<>(policy.countries()));
        blockUnknown.setValue(policy.blockUnknown());
        exemptPaths.setValue(String.join("\n", policy.exemptPaths()));
        exemptNetworks.setValue(String.join("\n", policy.exemptNetworks()));
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(mode, countries, blockUnknown, exemptPaths, exemptNetworks)) {
            field.setReadOnly(!editable);
        }
        save.setVisible(editable);
        showProblems(List.of());
    }

    Edited edited() {
        return new Edited(mode.getValue(), countries.getValue().stream().sorted().toList(), blockUnknown.getValue(),
                lines(exemptPaths.getValue()), lines(exemptNetworks.getValue()));
    }

    /** The boundary's reasons: each beside the field it names, the others under the form. */
    void showProblems(List<String> reasons) {
        List<String> others = byReason.show(reasons);
        problems.setText(String.join("; ", others));
        problems.setVisible(!others.isEmpty());
    }

    /** What the check found, or nothing when the policy or the address was refused. */
    void showVerdict(String text) {
        verdict.setText(text);
    }

    /** What Save does with the fields' values (the view calls the boundary). */
    void onSave(Consumer<Edited> action) {
        saveAction = action;
    }

    /** What Check does with the fields' values and the address (the view asks the boundary). */
    void onCheck(BiConsumer<Edited, String> action) {
        checkAction = action;
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("[,\\s]+")).filter(line -> !line.isBlank()).toList();
    }
}
