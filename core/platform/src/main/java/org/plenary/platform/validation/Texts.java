package org.plenary.platform.validation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.plenary.platform.languages.Languages;
import org.plenary.platform.languages.ViewerLanguage;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The language of this request and the messages of problems in it: the platform's own
 * ({@code org.plenary.platform.validation.messages}) and Bean Validation's, interpolated in that language. The
 * language is the one {@link ViewerLanguage} decides (an explicit choice, the account's, the cookie's, the browser's
 * Accept-Language, else English); on a Faces page it is the view's locale, which that same rule set.
 */
@RequestScoped
public class Texts {

    /**
     * The languages the platform speaks, English first: those whose participant-page bundle is present
     * ({@link Languages#SPOKEN}; adding a language is adding bundle files, listed in the README).
     */
    public static final List<Locale> SPOKEN = Languages.SPOKEN.all();
    static final String BUNDLE = "org.plenary.platform.validation.messages";

    @Inject
    ViewerLanguage viewer;

    @Inject
    ValidatorFactory validators;

    /** The request's language: the view's on a Faces page, else {@link ViewerLanguage}'s. */
    public Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            return faces.getViewRoot().getLocale();
        }
        return viewer.locale();
    }

    /** The spoken language closest to a locale (a recipient's, an account's), else English. */
    public static Locale closest(Locale wanted) {
        return Languages.SPOKEN.closest(wanted);
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
