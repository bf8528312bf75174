package io.mezasu.plan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A target with its place in the plan tree, for flat lists and filters. {@code reprintedBy} names the
 * reprint (再掲) initiatives that show this target too.
 */
public record TargetEntry(
        int issue,
        String strategy,
        String initiative,
        String initiativeTitle,
        Target target,
        List<String> reprintedBy) {

    public static List<TargetEntry> flatten(PlanDocument plan) {
        List<TargetEntry> entries = new ArrayList<>();
        for (ManagementIssue issue : plan.issues()) {
            for (Strategy strategy : issue.strategies()) {
                for (Initiative initiative : strategy.initiatives()) {
                    List<String> reprints = plan.initiatives()
                            .filter(i -> initiative.code().equals(i.reprintOf())).map(Initiative::code).toList();
                    for (Target target : initiative.targets()) {
                        entries.add(new TargetEntry(issue.number(), strategy.code(), initiative.code(),
                                initiative.title(), target, reprints));
                    }
                }
            }
        }
        return entries;
    }

    /** Case-insensitive match of the indicator, the target text or the initiative title. */
    public boolean mentions(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return contains(target.indicator(), needle) || contains(target.targetText(), needle)
                || contains(initiativeTitle, needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
