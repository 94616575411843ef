package kz.rudny.cabinet.web.library;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.library.materials.boundary.MaterialType;
import kz.rudny.cabinet.library.search.boundary.FacetValue;
import kz.rudny.cabinet.library.search.boundary.Found;
import kz.rudny.cabinet.library.search.boundary.FoundKind;
import kz.rudny.cabinet.library.search.boundary.LibrarySearch;
import kz.rudny.cabinet.library.search.boundary.SearchAnswer;
import kz.rudny.cabinet.library.search.boundary.SearchFacet;
import kz.rudny.cabinet.library.search.boundary.SearchQuery;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.Texts;

/**
 * Search of the school's library (catalogue titles and published materials) or of the district's shared best
 * practice, with facets. Everything the page shows comes from its address: {@code ?q=&scope=district&type=
 * LESSON_PLAN,PRESENTATION&grade=5&first=20}, so a search can be bookmarked and the language switched.
 */
@Named
@ViewScoped
public class SearchPage implements Serializable {

    public static final int PAGE_SIZE = 20;
    static final String DISTRICT = "district";
    static final String SCHOOL = "school";
    private static final int MAX_TEXT = 200;
    private static final int MAX_VALUES = 30;
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_]{1,40}");
    /** The facets in the order of the side panel, with the name of each one's address parameter. */
    private static final Map<SearchFacet, String> PARAMS = new LinkedHashMap<>();

    static {
        PARAMS.put(SearchFacet.KIND, "kind");
        PARAMS.put(SearchFacet.TYPE, "type");
        PARAMS.put(SearchFacet.SUBJECT, "subject");
        PARAMS.put(SearchFacet.GRADE, "grade");
        PARAMS.put(SearchFacet.LANGUAGE, "lang");
        PARAMS.put(SearchFacet.CORNER, "corner");
        PARAMS.put(SearchFacet.ACADEMIC_YEAR, "year");
        PARAMS.put(SearchFacet.SCHOOL, "school");
    }

    /** A facet value as a checkbox link: what it toggles to. */
    public record FacetLink(String value, String label, long count, boolean on, String url) implements Serializable {
    }

    /** One facet of the side panel. */
    public record FacetGroup(SearchFacet facet, List<FacetLink> values) implements Serializable {
    }

    @Inject
    LibrarySearch search;

    @Inject
    CurrentCaller caller;

    @Inject
    LanguageChoice language;

    private String q;
    private String scope;
    private String first;
    private final Map<SearchFacet, String> params = new EnumMap<>(SearchFacet.class);

    private String text = "";
    private boolean district;
    private int from;
    private final Map<SearchFacet, Set<String>> chosen = new EnumMap<>(SearchFacet.class);
    private SearchAnswer answer;
    private List<FacetGroup> groups;

    /** Reads the address and runs the search (a GET; the search box posts and comes back here by redirect). */
    public void load() {
        text = q == null ? "" : q.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        q = text;
        district = !caller.isSchoolPerson() || DISTRICT.equals(scope);
        scope = district ? DISTRICT : SCHOOL;
        from = parseFirst(first);
        chosen.clear();
        PARAMS.keySet().forEach(facet -> {
            Set<String> values = values(params.get(facet));
            if (facet == SearchFacet.KIND) {
                values.removeIf(v -> Arrays.stream(FoundKind.values()).noneMatch(k -> k.name().equals(v)));
            }
            if ((facet == SearchFacet.KIND || facet == SearchFacet.CORNER) && district
                    || facet == SearchFacet.SCHOOL && !district) {
                values.clear();
            }
            if (!values.isEmpty()) {
                chosen.put(facet, values);
            }
        });
        answer = search.search(new SearchQuery(text, district, chosen, from, PAGE_SIZE), language.current());
        if (from > 0 && answer.items().isEmpty() && answer.total() > 0) {
            from = (int) ((answer.total() - 1) / PAGE_SIZE * PAGE_SIZE);
            answer = search.search(new SearchQuery(text, district, chosen, from, PAGE_SIZE), language.current());
        }
        groups = null;
    }

    /** The search box: back to this page with the new words, the same scope and filters, from the first hit. */
    public void go() throws IOException {
        String typed = q == null ? "" : q.strip();
        text = typed.length() > MAX_TEXT ? typed.substring(0, MAX_TEXT) : typed;
        FacesContext.getCurrentInstance().getExternalContext().redirect(url(text, district, chosen, 0));
    }

    // --- addresses ---

    public String scopeUrl(String to) {
        return url(text, DISTRICT.equals(to), DISTRICT.equals(to) == district ? chosen : Map.of(), 0);
    }

    public String pageUrl(long at) {
        return url(text, district, chosen, (int) Math.max(0, at));
    }

    /** Where a hit opens: the school's material or title, or the district's shared material. */
    public String href(Found f) {
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        if (f.shareId() != null) {
            return base + "/exchange/material.xhtml?id=" + f.shareId();
        }
        return base + (f.kind() == FoundKind.TITLE ? "/library/title.xhtml?id=" : "/library/material.xhtml?id=") + f.id();
    }

    private String url(String words, boolean toDistrict, Map<SearchFacet, Set<String>> filters, int at) {
        StringJoiner query = new StringJoiner("&");
        if (!words.isEmpty()) {
            query.add("q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        }
        if (toDistrict && caller.isSchoolPerson()) {
            query.add("scope=" + DISTRICT);
        }
        PARAMS.forEach((facet, name) -> {
            Set<String> values = filters.get(facet);
            if (values != null && !values.isEmpty()) {
                query.add(name + "=" + String.join(",", values));
            }
        });
        if (at > 0) {
            query.add("first=" + at);
        }
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/search.xhtml";
        return query.length() == 0 ? base : base + "?" + query;
    }

    private String toggled(SearchFacet facet, String value) {
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        chosen.forEach((f, v) -> filters.put(f, new LinkedHashSet<>(v)));
        Set<String> values = filters.computeIfAbsent(facet, f -> new LinkedHashSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return url(text, district, filters, 0);
    }

    public String clearUrl() {
        return url(text, district, Map.of(), 0);
    }

    // --- what the page shows ---

    /** The facets with at least one value, labelled in the reader's language. */
    public List<FacetGroup> getFacets() {
        if (groups == null) {
            groups = new ArrayList<>();
            for (SearchFacet facet : PARAMS.keySet()) {
                List<FacetValue> values = new ArrayList<>(answer == null ? List.of()
                        : answer.facets().getOrDefault(facet, List.of()));
                Set<String> on = chosen.getOrDefault(facet, Set.of());
                for (String v : on) {
                    if (values.stream().noneMatch(x -> x.value().equals(v))) {
                        values.add(new FacetValue(v, null, 0));
                    }
                }
                if (facet == SearchFacet.GRADE) {
                    values.sort(Comparator.comparingInt(v -> number(v.value())));
                } else if (facet == SearchFacet.ACADEMIC_YEAR) {
                    values.sort(Comparator.comparingInt((FacetValue v) -> number(v.value())).reversed());
                }
                List<FacetLink> links = values.stream().filter(v -> VALUE.matcher(v.value()).matches())
                        .map(v -> new FacetLink(v.value(), label(facet, v), v.count(), on.contains(v.value()),
                                toggled(facet, v.value()))).toList();
                if (!links.isEmpty()) {
                    groups.add(new FacetGroup(facet, links));
                }
            }
        }
        return groups;
    }

    public boolean isFiltered() {
        return !chosen.isEmpty();
    }

    private static String label(SearchFacet facet, FacetValue v) {
        String value = v.value();
        return switch (facet) {
            case KIND -> Texts.ui("search.kind." + value);
            case TYPE -> typeLabel(value);
            case LANGUAGE -> Texts.ui("language." + value);
            case GRADE -> Texts.ui("search.grade", value);
            case ACADEMIC_YEAR -> yearLabel(value);
            case CORNER -> v.label() == null ? value
                    : v.label().startsWith("seed.") ? Texts.ui("corner." + v.label().substring(5) + ".name") : v.label();
            case SUBJECT, SCHOOL -> v.label() == null ? value : v.label();
        };
    }

    /** A material type's or a catalogue holding type's name in the reader's language. */
    public static String typeLabel(String type) {
        if (type == null) {
            return "";
        }
        boolean material = Arrays.stream(MaterialType.values()).anyMatch(t -> t.name().equals(type));
        return Texts.ui((material ? "materialType." : "holdingType.") + type);
    }

    /** "2025–2026" for the academic year starting in 2025. */
    public static String yearLabel(String start) {
        int year = number(start);
        return year > 0 ? year + "–" + (year + 1) : start;
    }

    public String typeOf(Found f) {
        return f.kind() == FoundKind.TITLE ? Texts.ui("holdingType." + f.type()) : typeLabel(f.type());
    }

    public String getRange() {
        if (answer == null || answer.items().isEmpty()) {
            return "";
        }
        return Texts.ui("search.range", from + 1, from + answer.items().size(), answer.total());
    }

    public boolean isHasPrevious() {
        return from > 0;
    }

    public boolean isHasNext() {
        return answer != null && from + PAGE_SIZE < answer.total();
    }

    public String getPreviousUrl() {
        return pageUrl(from - PAGE_SIZE);
    }

    public String getNextUrl() {
        return pageUrl(from + PAGE_SIZE);
    }

    private static Set<String> values(String param) {
        Set<String> values = new LinkedHashSet<>();
        if (param != null) {
            for (String v : param.split(",")) {
                String s = v.strip();
                if (VALUE.matcher(s).matches() && values.size() < MAX_VALUES) {
                    values.add(s);
                }
            }
        }
        return values;
    }

    private static int parseFirst(String value) {
        try {
            int n = value == null ? 0 : Integer.parseInt(value.strip());
            return Math.max(0, Math.min(n, 10_000)) / PAGE_SIZE * PAGE_SIZE;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // --- view parameters ---

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getFirst() {
        return from > 0 ? Integer.toString(from) : null;
    }

    public void setFirst(String first) {
        this.first = first;
    }

    public String getKind() {
        return param(SearchFacet.KIND);
    }

    public void setKind(String v) {
        params.put(SearchFacet.KIND, v);
    }

    public String getType() {
        return param(SearchFacet.TYPE);
    }

    public void setType(String v) {
        params.put(SearchFacet.TYPE, v);
    }

    public String getSubject() {
        return param(SearchFacet.SUBJECT);
    }

    public void setSubject(String v) {
        params.put(SearchFacet.SUBJECT, v);
    }

    public String getGrade() {
        return param(SearchFacet.GRADE);
    }

    public void setGrade(String v) {
        params.put(SearchFacet.GRADE, v);
    }

    public String getLang() {
        return param(SearchFacet.LANGUAGE);
    }

    public void setLang(String v) {
        params.put(SearchFacet.LANGUAGE, v);
    }

    public String getCorner() {
        return param(SearchFacet.CORNER);
    }

    public void setCorner(String v) {
        params.put(SearchFacet.CORNER, v);
    }

    public String getYear() {
        return param(SearchFacet.ACADEMIC_YEAR);
    }

    public void setYear(String v) {
        params.put(SearchFacet.ACADEMIC_YEAR, v);
    }

    public String getSchool() {
        return param(SearchFacet.SCHOOL);
    }

    public void setSchool(String v) {
        params.put(SearchFacet.SCHOOL, v);
    }

    /** A filter as it goes back into the address (what was kept of what was given). */
    private String param(SearchFacet facet) {
        Set<String> values = chosen.get(facet);
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    // --- state ---

    public SearchAnswer getAnswer() {
        return answer;
    }

    public boolean isDistrict() {
        return district;
    }

    public String getText() {
        return text;
    }
}
