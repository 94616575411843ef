package kz.rudny.cabinet.events.rooms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.events.rooms.boundary.RoomKind;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A room of the school that can be booked; a seeded room has no name of its own (its kind names it). */
@Entity
@Table(name = "ROOM")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 30, nullable = false)
    private RoomKind kind;

    @Column(name = "NAME", length = 120)
    private String name;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Room() {
    }

    public static Room seeded(RoomKind kind, int position) {
        Room r = new Room();
        r.kind = kind;
        r.position = position;
        return r;
    }

    public static Room named(RoomKind kind, String name, int position) {
        Room r = seeded(kind, position);
        r.name = name;
        return r;
    }

    public Long getId() {
        return id;
    }

    public RoomKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }
}
