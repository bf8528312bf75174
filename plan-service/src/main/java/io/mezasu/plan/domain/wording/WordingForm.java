package io.mezasu.plan.domain.wording;

import java.util.List;
import java.util.Optional;

/**
 * One form of target wording (目標の型), e.g. "55.0％以上" or "令和２年度末までに…を策定". A form answers
 * empty when the wording is not of its shape, so the next form may try; it throws
 * {@link AmbiguousWording} when the wording is of its shape but cannot be read without a guess.
 */
interface WordingForm {

    Optional<RuleDraft> read(Wording target, Wording indicator, List<String> notes);
}
