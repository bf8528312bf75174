package io.mezasu.plan.sheet;

import io.mezasu.plan.domain.DesiredState;
import io.mezasu.plan.domain.ManagementIssue;
import io.mezasu.plan.domain.Target;
import java.util.ArrayList;
import java.util.List;

/** The levels of the tree while rows are read: mutable, each remembering the row it first appeared on. */
final class Level {

    private Level() {
    }

    static final class Issue {
        final Integer number;
        final int row;
        String title;
        String overview;
        final List<Strategy> strategies = new ArrayList<>();
        final List<ProjectRow> projects = new ArrayList<>();

        Issue(Integer number, int row) {
            this.number = number;
            this.row = row;
        }

        Strategy add(Strategy strategy) {
            strategies.add(strategy);
            return strategy;
        }
    }

    static final class Strategy {
        final String code;
        final int row;
        String title;
        String statesCell;
        String notesCell;
        List<DesiredState> desiredStates = List.of();
        final List<Initiative> initiatives = new ArrayList<>();

        Strategy(String code, int row) {
            this.code = code;
            this.row = row;
        }

        Initiative add(Initiative initiative) {
            initiatives.add(initiative);
            return initiative;
        }
    }

    static final class Initiative {
        final String code;
        final int row;
        String title;
        String reprintOf;
        final List<TargetRow> targets = new ArrayList<>();

        Initiative(String code, int row) {
            this.code = code;
            this.row = row;
        }
    }

    record TargetRow(int row, Target target) {
    }

    record ProjectRow(int row, ManagementIssue.PriorityProject project) {
    }
}
