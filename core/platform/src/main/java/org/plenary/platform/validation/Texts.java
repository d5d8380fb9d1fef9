package org.plenary.platform.validation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The language of this request (from its Accept-Language, among the languages the platform speaks) and the
 * messages of problems in it: the platform's own ({@code org.plenary.platform.validation.messages}) and Bean
 * Validation's, interpolated in that language.
 */
@RequestScoped
public class Texts {

    /** The languages the platform's messages are written in; the first is the fallback. */
    public static final List<Locale> SPOKEN = List.of(Locale.ENGLISH, Locale.FRENCH);
    static final String BUNDLE = "org.plenary.platform.validation.messages";

    @Inject
    HttpServletRequest request;

    @Inject
    ValidatorFactory validators;

    private Locale locale;

    /** The request's language: the first of its Accept-Language that the platform speaks, else English. */
    public Locale locale() {
        if (locale == null) {
            List<Locale> wanted;
            try {
                wanted = request == null ? List.of() : Collections.list(request.getLocales());
            } catch (RuntimeException noRequest) {
                wanted = List.of();
            }
            locale = best(wanted);
        }
        return locale;
    }

    static Locale best(List<Locale> wanted) {
        for (Locale w : wanted) {
            for (Locale s : SPOKEN) {
                if (s.getLanguage().equals(w.getLanguage())) {
                    return s;
                }
            }
        }
        return SPOKEN.get(0);
    }

    /** A message of the platform's bundle in the request's language, with its arguments put in. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale(), Texts.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        // Always through MessageFormat: the bundles write an apostrophe as '' whether or not a message has arguments.
        return new MessageFormat(pattern, locale()).format(args);
    }

    /** A problem with a field, its message from the platform's bundle. */
    public Problem problem(String field, String key, Object... args) {
        return new Problem(field, text(key, args));
    }

    /** The Bean Validation problems of an object, field by field, in the request's language. */
    public List<Problem> check(Object bean) {
        MessageInterpolator interpolator = validators.getMessageInterpolator();
        Locale in = locale();
        Validator validator = validators.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, in);
            }

            @Override
            public String interpolate(String template, Context context, Locale given) {
                return interpolator.interpolate(template, context, given);
            }
        }).getValidator();
        Set<ConstraintViolation<Object>> violations = validator.validate(bean);
        return violations.stream()
                .map(v -> new Problem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem::field))
                .toList();
    }

    /** @throws Refused with the Bean Validation problems of the object, if it has any */
    public void requireValid(Object bean) {
        List<Problem> problems = check(bean);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
    }
}
