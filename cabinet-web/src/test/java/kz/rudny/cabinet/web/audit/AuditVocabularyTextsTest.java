package kz.rudny.cabinet.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import kz.rudny.cabinet.domain.audit.boundary.AuditAction;
import kz.rudny.cabinet.domain.audit.boundary.AuditField;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateKind;
import kz.rudny.cabinet.domain.people.boundary.EducationLevel;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.events.plan.boundary.ExecutionMark;
import kz.rudny.cabinet.events.plan.boundary.PlanItemKind;
import kz.rudny.cabinet.events.rooms.boundary.RoomKind;
import kz.rudny.cabinet.library.catalogue.boundary.CopyCondition;
import kz.rudny.cabinet.library.catalogue.boundary.HoldingType;
import kz.rudny.cabinet.library.materials.boundary.MaterialType;
import org.junit.jupiter.api.Test;

/**
 * Every action and field any module writes in the audit trail, and every value it keeps as a key, has its
 * text in Kazakh, Russian and English. The vocabularies are found from the classes (every enum implementing
 * {@link AuditAction} or {@link AuditField}), so a new module's cannot slip past.
 */
class AuditVocabularyTextsTest {

    private static final Map<String, String> BUNDLES = Map.of("kk", "messages_kk.properties",
            "ru", "messages_ru.properties", "en", "messages.properties");

    /** Enums whose constants the trail keeps as values (the pages show them too). */
    private static final List<Class<? extends Enum<?>>> VALUES = List.of(Language.class, Role.class,
            TeachingLanguage.class, HoldingType.class, CopyCondition.class, MaterialType.class, CertificateKind.class,
            RoomKind.class, PlanItemKind.class, ExecutionMark.class, QualificationCategory.class,
            EducationLevel.class);

    @Test
    void everyActionFieldAndKeptValueHasATextInEveryLanguage() throws IOException {
        List<String> keys = new ArrayList<>(List.of("audit.system", "action.yes", "action.no"));
        List<Class<?>> actions = implementationsOf(AuditAction.class);
        List<Class<?>> fields = implementationsOf(AuditField.class);
        assertTrue(actions.size() >= 2 && fields.size() >= 2, "the domain's and the library's vocabularies: " + actions);
        actions.forEach(type -> constants(type).forEach(c -> keys.add("audit.action." + c)));
        fields.forEach(type -> constants(type).forEach(c -> keys.add("audit.field." + c)));
        VALUES.forEach(type -> constants(type).forEach(c -> keys.add(
                Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1) + "." + c)));

        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> bundle : BUNDLES.entrySet()) {
            Properties texts = bundle(bundle.getValue());
            keys.stream().filter(k -> texts.getProperty(k, "").isBlank())
                    .forEach(k -> missing.add(bundle.getKey() + ": " + k));
        }
        assertEquals(List.of(), missing);
    }

    private static List<Class<?>> implementationsOf(Class<?> vocabulary) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.rudny.cabinet").stream()
                .filter(c -> c.isEnum() && c.isAssignableTo(vocabulary)).map(JavaClass::reflect)
                .collect(Collectors.toList());
    }

    private static Set<String> constants(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.toSet());
    }

    private static Properties bundle(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditVocabularyTextsTest.class.getResourceAsStream("/kz/rudny/cabinet/web/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
