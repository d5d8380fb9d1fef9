/**
 * Languages: which ones the platform speaks (the bundles present, {@link org.plenary.platform.languages.Languages}),
 * which one a request is answered in ({@link org.plenary.platform.languages.ViewerLanguage}, also Faces' view locale
 * through {@link org.plenary.platform.languages.LanguageViewHandler}), the picker on participant pages, and the
 * translations of conference content ({@link org.plenary.platform.languages.Translation}).
 */
package org.plenary.platform.languages;
