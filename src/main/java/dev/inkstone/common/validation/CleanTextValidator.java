package dev.inkstone.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CleanText}: scans code points once, no regex, so megabyte bodies stay cheap. */
public class CleanTextValidator implements ConstraintValidator<CleanText, String> {

    private boolean multiline;

    @Override
    public void initialize(CleanText annotation) {
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isClean(value, multiline);
    }

    public static boolean isClean(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
                continue;
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return false;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
                if (!(multiline && lineBreak)) {
                    return false;
                }
            }
        }
        return true;
    }
}
