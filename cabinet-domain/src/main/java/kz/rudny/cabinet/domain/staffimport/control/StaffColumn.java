package kz.rudny.cabinet.domain.staffimport.control;

import java.util.List;
import kz.rudny.cabinet.domain.spreadsheet.SheetColumn;

/** The columns of an imported staff list and the header names each is known by, in English, Russian and Kazakh. */
public enum StaffColumn implements SheetColumn {
    FULL_NAME("full name", "name", "фио", "ф.и.о", "ф. и. о", "фамилия, имя, отчество", "фамилия имя отчество",
            "полное имя", "аты-жөні", "толық аты-жөні", "тегі, аты, әкесінің аты", "т.а.ә"),
    USERNAME("username", "user name", "login", "логин", "имя пользователя", "пайдаланушы аты"),
    POSITION("position", "job title", "должность", "лауазымы", "лауазым", "қызметі"),
    SUBJECTS("subjects", "subject codes", "subject", "предметы", "коды предметов", "предмет", "пәндер", "пән кодтары",
            "пән"),
    ASSOCIATIONS("associations", "association", "методические объединения", "методическое объединение", "мо",
            "әдістемелік бірлестіктер", "әдістемелік бірлестік", "әб"),
    ROLES("roles", "role", "роли", "роль", "рөлдері", "рөлдер", "рөлі"),
    TEACHING_SINCE("teaching since", "started teaching", "date started teaching", "начало педагогической деятельности",
            "дата начала педагогической деятельности", "педагогический стаж с", "педагогтік қызметті бастаған күні",
            "педагогтік жұмысты бастаған күні"),
    CATEGORY("category", "qualification category", "категория", "квалификационная категория", "санаты", "санат",
            "біліктілік санаты"),
    BIRTH_DATE("birth date", "date of birth", "born", "дата рождения", "туған күні", "туған күні, айы, жылы"),
    EDUCATION("education", "education level", "образование", "уровень образования", "білімі", "білім деңгейі");

    private final List<String> headers;

    StaffColumn(String... headers) {
        this.headers = List.of(headers);
    }

    @Override
    public List<String> headers() {
        return headers;
    }
}
