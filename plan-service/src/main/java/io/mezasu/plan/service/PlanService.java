package io.mezasu.plan.service;

import io.mezasu.plan.domain.DraftRules;
import io.mezasu.plan.domain.Follows;
import io.mezasu.plan.domain.PlanDocument;
import io.mezasu.plan.domain.PlanDocuments;
import io.mezasu.plan.domain.PlanStatus;
import io.mezasu.plan.domain.PlanValidator;
import io.mezasu.plan.domain.PublishedPlan;
import io.mezasu.plan.domain.TargetEntry;
import io.mezasu.plan.domain.TargetFilter;
import io.mezasu.plan.domain.Violation;
import io.mezasu.plan.messaging.PlanPublishedEvents;
import io.mezasu.plan.persistence.PlanVersionEntity;
import io.mezasu.plan.persistence.PlanVersionRepository;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.problem.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Owns the plan lifecycle and its transactions: draft → validate → publish (freeze as version N and
 * queue PlanPublished in the same transaction). Published versions are parsed once and cached: they
 * never change.
 */
@ApplicationScoped
public class PlanService {

    private static final Logger LOG = Logger.getLogger(PlanService.class);

    private final PlanVersionRepository versions;
    private final PlanPublishedEvents events;
    private final Clock clock;
    private final Map<String, PublishedPlan> frozen = new ConcurrentHashMap<>();

    public PlanService(PlanVersionRepository versions, PlanPublishedEvents events, Clock clock) {
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Draft createDraft(PlanDocument submitted, String actor) {
        requireKey(submitted);
        PlanDocument plan = DraftRules.proposeMissing(submitted);
        if (versions.draft(plan.key()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, Text.of("plan.draft-exists", "plan", plan.key()));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        PlanVersionEntity row = new PlanVersionEntity();
        row.planKey = plan.key();
        row.status = PlanStatus.DRAFT;
        int latest = versions.latestVersionNumber(plan.key());
        row.supersedes = latest == 0 ? null : latest;
        row.createdAt = now;
        row.createdBy = actor;
        fill(row, plan, now, actor);
        versions.persist(row);
        return draftOf(row, plan);
    }

    @Transactional
    public Draft replaceDraft(String key, PlanDocument plan, String actor) {
        if (!key.equals(plan.key())) {
            throw ProblemException.invalid(Text.of("plan.key-mismatch"),
                    List.of(FieldIssue.of("/key", "key-mismatch", "expected", key, "found", plan.key())));
        }
        PlanVersionEntity row = versions.draftForUpdate(key).orElseThrow(() -> noDraft(key));
        PlanDocument proposed = DraftRules.proposeMissing(plan);
        fill(row, proposed, OffsetDateTime.now(clock), actor);
        return draftOf(row, proposed);
    }

    /**
     * Confirms the draft's proposed rules (提案ルールの確認): those of {@code codes}, or all when null.
     * Unknown codes and targets without a rule are refused with 422, each named; confirming a rule
     * written by hand or already confirmed changes nothing.
     */
    @Transactional
    public Draft confirmRules(String key, List<String> codes, String actor) {
        PlanVersionEntity row = versions.draftForUpdate(key).orElseThrow(() -> noDraft(key));
        PlanDocument plan = PlanDocuments.read(row.document);
        List<FieldIssue> errors = new java.util.ArrayList<>();
        if (codes != null) {
            List<String> unknown = DraftRules.unknown(plan, codes);
            for (int i = 0; i < codes.size(); i++) {
                if (unknown.contains(codes.get(i))) {
                    errors.add(FieldIssue.of("/targets/" + i, "unknown-target", "plan", key,
                            "target", codes.get(i)));
                }
            }
        }
        for (String code : DraftRules.untyped(plan, codes)) {
            if (codes != null) {
                errors.add(FieldIssue.of("/targets/" + codes.indexOf(code), "untyped-target", "target", code));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(Text.of("plan.nothing-confirmed", "count", errors.size()), errors);
        }
        List<String> confirmed = new java.util.ArrayList<>();
        PlanDocument changed = DraftRules.confirm(plan, codes, confirmed);
        if (!confirmed.isEmpty()) {
            fill(row, changed, OffsetDateTime.now(clock), actor);
            LOG.infof("rules of %s confirmed by %s: %s", key, actor, confirmed);
        }
        return draftOf(row, changed);
    }

    /** The row goes, so the audit trail of a discard is the log line. */
    @Transactional
    public void discardDraft(String key, String actor) {
        versions.delete(versions.draftForUpdate(key).orElseThrow(() -> noDraft(key)));
        LOG.infof("draft of %s discarded by %s", key, actor);
    }

    @Transactional
    public Draft draft(String key) {
        PlanVersionEntity row = versions.draft(key).orElseThrow(() -> noDraft(key));
        return draftOf(row, PlanDocuments.read(row.document));
    }

    /**
     * Freezes the draft as the next version and queues PlanPublished in the same transaction.
     * An invalid draft is refused with every violation listed.
     */
    @Transactional
    public PublishedPlan publish(String key, String actor) {
        PlanVersionEntity row = versions.draftForUpdate(key).orElseThrow(() -> noDraft(key));
        PlanDocument plan = PlanDocuments.read(row.document);
        List<Violation> violations = validate(plan);
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(Text.of("plan.draft-invalid", "plan", key,
                    "count", violations.size()), fieldErrors(violations));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int latest = versions.latestVersionNumber(key);
        row.version = latest + 1;
        row.supersedes = latest == 0 ? null : latest;
        row.status = PlanStatus.PUBLISHED;
        row.publishedAt = now;
        row.publishedBy = actor;
        row.updatedAt = now;
        row.updatedBy = actor;
        PublishedPlan published = toPublished(row, plan);
        events.append(published);
        return published;
    }

    @Transactional
    public PublishedPlan latest(String key) {
        PlanVersionEntity row = versions.latestPublished(key)
                .orElseThrow(() -> ProblemException.notFound(Text.of("plan.not-published", "plan", key)));
        return cached(row);
    }

    @Transactional
    public PublishedPlan version(String key, int version) {
        String cacheKey = key + "/" + version;
        PublishedPlan hit = frozen.get(cacheKey);
        if (hit != null) {
            return hit;
        }
        return versions.published(key, version).map(this::cached)
                .orElseThrow(() -> ProblemException.notFound(Text.of("plan.no-version", "plan", key, "version", version)));
    }

    /** The targets (業績目標) of the latest version that {@code filter} matches, in plan order. */
    @Transactional
    public TargetSelection targets(String key, TargetFilter filter) {
        PublishedPlan published = latest(key);
        return new TargetSelection(published,
                TargetEntry.flatten(published.plan()).stream().filter(filter::matches).toList());
    }

    /** One target of the latest version by its code, e.g. 2-4-1-2; 404 if the version has none. */
    @Transactional
    public TargetSelection target(String key, String code) {
        PublishedPlan published = latest(key);
        TargetEntry entry = TargetEntry.flatten(published.plan()).stream()
                .filter(e -> e.target().code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(Text.of("plan.no-target", "plan", key, "target", code)));
        return new TargetSelection(published, List.of(entry));
    }

    /** Any write to a published version: 409 if it exists (it is immutable), 404 otherwise. */
    @Transactional
    public ProblemException refuseWrite(String key, Integer version) {
        boolean exists = version == null ? versions.latestPublished(key).isPresent()
                : versions.published(key, version).isPresent();
        if (!exists) {
            return ProblemException.notFound(version == null ? Text.of("plan.not-published", "plan", key)
                    : Text.of("plan.no-version", "plan", key, "version", version));
        }
        return new ProblemException(ProblemType.IMMUTABLE, Text.of("plan.immutable", "plan", key));
    }

    /** Plans that were never published, and whether a plan has a draft, only when {@code withDrafts}. */
    @Transactional
    public PlanPage list(int page, int size, boolean withDrafts) {
        List<PlanPage.Item> items = versions.keys(page, size, !withDrafts).stream().map(key -> {
            var latest = versions.latestPublished(key);
            var draft = withDrafts ? versions.draft(key) : Optional.<PlanVersionEntity>empty();
            // The title of what a reader would open: the latest published version, else the draft.
            String title = latest.or(() -> draft).map(row -> PlanDocuments.read(row.document).title()).orElse(null);
            return new PlanPage.Item(key, latest.map(r -> r.version).orElse(null), title,
                    latest.map(r -> r.publishedAt).orElse(null), withDrafts ? draft.isPresent() : null);
        }).toList();
        return new PlanPage(items, page, size, versions.countKeys(!withDrafts));
    }

    private PublishedPlan cached(PlanVersionEntity row) {
        return frozen.computeIfAbsent(row.planKey + "/" + row.version,
                k -> toPublished(row, PlanDocuments.read(row.document)));
    }

    private PublishedPlan toPublished(PlanVersionEntity row, PlanDocument plan) {
        return new PublishedPlan(row.planKey, row.version, row.supersedes, row.publishedAt, row.publishedBy,
                row.contentHash, plan);
    }

    private void fill(PlanVersionEntity row, PlanDocument plan, OffsetDateTime now, String actor) {
        row.document = PlanDocuments.write(plan);
        row.contentHash = PlanDocuments.sha256(row.document);
        row.updatedAt = now;
        row.updatedBy = actor;
    }

    private Draft draftOf(PlanVersionEntity row, PlanDocument plan) {
        return new Draft(row.planKey, row.supersedes, row.createdAt, row.createdBy, row.updatedAt, row.updatedBy, plan,
                validate(plan));
    }

    /** The document's own checks, and its {@code follows} against the followed plan's latest published version. */
    private List<Violation> validate(PlanDocument plan) {
        List<Violation> violations = new java.util.ArrayList<>(PlanValidator.validate(plan));
        if (plan.follows() != null) {
            PlanDocument followed = plan.follows().plan() == null ? null
                    : versions.latestPublished(plan.follows().plan()).map(r -> cached(r).plan()).orElse(null);
            violations.addAll(Follows.check(plan, followed));
        }
        return violations;
    }

    private static void requireKey(PlanDocument plan) {
        if (plan.key() == null || !PlanValidator.KEY.matcher(plan.key()).matches()) {
            throw ProblemException.invalid(Text.of("plan.key-required"),
                    List.of(new FieldIssue("/key", "invalid-key", Text.of("draft.invalid-key"))));
        }
    }

    private static ProblemException noDraft(String key) {
        return ProblemException.notFound(Text.of("plan.no-draft", "plan", key));
    }

    public static List<FieldIssue> fieldErrors(List<Violation> violations) {
        return violations.stream().map(v -> new FieldIssue(v.pointer(), v.code(), textOf(v))).toList();
    }

    /** A violation's words, chosen in the reader's language when written. */
    public static Text textOf(Violation violation) {
        return new Text(violation.textKey(), violation.args());
    }
}
