package kz.rudny.cabinet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Named;
import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.rudny.cabinet.web.support.LazyPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.primefaces.model.LazyDataModel;

/**
 * No screen pages a table its own way: the only lazy model is {@link LazyPage} (one boundary call per page), and
 * every lazy table of every page is backed by one.
 */
class LazyTablesTest {

    private static final Pattern TABLE = Pattern.compile("<p:dataTable\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"#\\{(\\w+)\\.(\\w+)}\"");
    private static JavaClasses web;

    @BeforeAll
    static void importClasses() {
        web = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.rudny.cabinet.web");
    }

    @Test
    void theOnlyLazyModelIsLazyPage() {
        classes().that().areAssignableTo(LazyDataModel.class).should().be(LazyPage.class).check(web);
        noClasses().that().doNotBelongToAnyOf(LazyPage.class).should().dependOnClassesThat()
                .haveFullyQualifiedName(LazyDataModel.class.getName()).check(web);
    }

    @Test
    void everyLazyTableOfEveryPageIsALazyPage() throws IOException {
        Map<String, JavaClass> beans = web.stream().filter(c -> c.isAnnotatedWith(Named.class))
                .collect(Collectors.toMap(LazyTablesTest::beanName, c -> c));
        List<String> lazyTables = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher table = TABLE.matcher(Files.readString(page));
                while (table.find()) {
                    String attributes = table.group(1);
                    if (!attributes.contains("lazy=\"true\"")) {
                        continue;
                    }
                    Matcher value = VALUE.matcher(attributes);
                    String where = page + ": " + attributes.strip();
                    lazyTables.add(where);
                    boolean backed = value.find() && Optional.ofNullable(beans.get(value.group(1)))
                            .flatMap(bean -> getter(bean, value.group(2)))
                            .map(getter -> getter.getRawReturnType().isAssignableTo(LazyPage.class)).orElse(false);
                    if (!backed) {
                        wrong.add(where);
                    }
                }
            }
        }
        assertFalse(lazyTables.isEmpty(), "the pages were found");
        assertEquals(List.of(), wrong, "lazy tables not backed by a LazyPage");
    }

    private static String beanName(JavaClass bean) {
        String named = bean.getAnnotationOfType(Named.class).value();
        return named.isEmpty() ? Introspector.decapitalize(bean.getSimpleName()) : named;
    }

    private static Optional<JavaMethod> getter(JavaClass bean, String property) {
        String name = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        return bean.getAllMethods().stream().filter(m -> m.getName().equals(name) && m.getRawParameterTypes().isEmpty())
                .findFirst();
    }
}
