package io.mezasu.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string holding a character {@link io.mezasu.platform.text.PlainText} refuses; mapped to a 400 naming the field. */
public class ForbiddenCharacterException extends MismatchedInputException {

    public ForbiddenCharacterException(JsonParser parser) {
        super(parser, "control character in a string", String.class);
    }
}
