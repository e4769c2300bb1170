package dev.redtortoise.feeds.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.redtortoise.feeds.entity.RuleKind;

import java.util.ArrayList;
import java.util.List;

/**
 * A source's mapping rules, one row each (kind, match, value), added and removed freely; the set is only
 * checked as a whole when the source is saved, and the boundary's reasons are listed under the rows.
 */
public class MappingRulesEditor extends VerticalLayout {

    private final VerticalLayout rows = new VerticalLayout();
    final UnorderedList problems = new UnorderedList();
    private final Button add = new Button("Add rule", click -> addRow(new FeedSourceDraft.Rule(RuleKind.DEFAULT_TAG, "", "")));
    private final List<Row> current = new ArrayList<>();
    private boolean readOnly;

    /** Row ids count up while the form is open, so a removed row's id is never given to another. */
    private int nextId;

    private record Row(HorizontalLayout line, Select<RuleKind> kind, TextField match, TextField value, Button remove) {

        void setReadOnly(boolean readOnly) {
            kind.setReadOnly(readOnly);
            match.setReadOnly(readOnly);
            value.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }

    public MappingRulesEditor() {
        setPadding(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        rows.setId("rules");
        problems.setId("rule-problems");
        problems.addClassName("problems");
        add.setId("rule-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(new H4("Mapping rules"), rows, add, problems);
    }

    void setRules(List<FeedSourceDraft.Rule> rules) {
        rows.removeAll();
        current.clear();
        nextId = 0;
        rules.forEach(this::addRow);
        showProblems(List.of());
    }

    List<FeedSourceDraft.Rule> rules() {
        return current.stream()
                .map(row -> new FeedSourceDraft.Rule(row.kind().getValue(), row.match().getValue(), row.value().getValue()))
                .toList();
    }

    void setEditable(boolean editable) {
        readOnly = !editable;
        add.setVisible(editable);
        current.forEach(row -> row.setReadOnly(readOnly));
    }

    void showProblems(List<String> reasons) {
        problems.removeAll();
        reasons.forEach(reason -> problems.add(new ListItem(reason)));
        problems.setVisible(!reasons.isEmpty());
    }

    private void addRow(FeedSourceDraft.Rule rule) {
        int index = nextId++;
        Select<RuleKind> kind = new Select<>();
        kind.setItems(RuleKind.values());
        kind.setValue(rule.kind());
        kind.setAriaLabel("Kind");
        kind.setId("rule-kind-" + index);
        TextField match = new TextField();
        match.setPlaceholder("match (category or article field)");
        match.setValue(rule.match());
        match.setId("rule-match-" + index);
        TextField value = new TextField();
        value.setPlaceholder("value (tag, source field or length)");
        value.setValue(rule.value());
        value.setId("rule-value-" + index);
        HorizontalLayout line = new HorizontalLayout(kind, match, value);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        Button remove = new Button("Remove", click -> {
            current.removeIf(row -> row.line() == line);
            rows.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.setId("rule-remove-" + index);
        line.add(remove);
        Row row = new Row(line, kind, match, value, remove);
        row.setReadOnly(readOnly);
        current.add(row);
        rows.add(line);
    }
}
