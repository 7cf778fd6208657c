package kz.attest.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Stores accounts and their roles in {@code identity_account} and {@code identity_account_role}. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountRows {

    private static final String SELECT = """
            SELECT id, iin, username, surname, given_name, patronymic, email, phone, password_hash, organisation_id,
                   created_at, language, failed_sign_ins, locked_until
            FROM identity_account""";

    private final JdbcClient jdbc;

    /** Inserts a new account; a taken IIN or username raises {@code DuplicateKeyException}. */
    long insert(Account account) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO identity_account (iin, username, surname, given_name, patronymic, email, phone,
                            password_hash, organisation_id, created_at, language, failed_sign_ins, locked_until)
                        VALUES (:iin, :username, :surname, :givenName, :patronymic, :email, :phone, :passwordHash,
                            :organisationId, :createdAt, :language, :failed, :lockedUntil)""")
                .param("iin", account.iin() == null ? null : account.iin().value())
                .param("username", account.username())
                .param("surname", account.surname())
                .param("givenName", account.givenName())
                .param("patronymic", account.patronymic())
                .param("email", account.email())
                .param("phone", account.phone())
                .param("passwordHash", account.passwordHash())
                .param("organisationId", account.organisationId())
                .param("createdAt", Timestamp.from(account.createdAt()))
                .param("language", account.language().getLanguage())
                .param("failed", account.failedSignIns())
                .param("lockedUntil", timestamp(account.lockedUntil()))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        for (Role role : account.roles()) {
            jdbc.sql("INSERT INTO identity_account_role (account_id, role) VALUES (?, ?)")
                    .param(id).param(role.name()).update();
        }
        return id;
    }

    Optional<Account> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::map).optional();
    }

    /** The accounts with these ids, in one query (lists that name many people). */
    List<Account> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE id = ANY(?)").param(ids.toArray(Long[]::new)).query(this::map).list();
    }

    /** Ids of the accounts of an organisation's staff, in creation order. */
    List<Long> idsOfOrganisation(String organisationId) {
        return jdbc.sql("SELECT id FROM identity_account WHERE organisation_id = ? ORDER BY id").param(organisationId)
                .query(Long.class).list();
    }

    /** The account an IIN (applicants) or a username (staff) signs in to. */
    Optional<Account> findByLogin(String login) {
        return jdbc.sql(SELECT + " WHERE iin = :login OR username = :login").param("login", login)
                .query(this::map).optional();
    }

    /** The same, row-locked until the transaction ends: concurrent failed sign-ins must all count. */
    Optional<Account> findByLoginForUpdate(String login) {
        return jdbc.sql(SELECT + " WHERE iin = :login OR username = :login FOR UPDATE").param("login", login)
                .query(this::map).optional();
    }

    Optional<Account> findByIdForUpdate(long id) {
        return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id).query(this::map).optional();
    }

    boolean iinTaken(Iin iin) {
        return jdbc.sql("SELECT count(*) FROM identity_account WHERE iin = ?").param(iin.value())
                .query(Long.class).single() > 0;
    }

    void updateSignInState(Account account) {
        jdbc.sql("UPDATE identity_account SET failed_sign_ins = ?, locked_until = ? WHERE id = ?")
                .param(account.failedSignIns()).param(timestamp(account.lockedUntil())).param(account.id()).update();
    }

    void updateLanguage(Account account) {
        jdbc.sql("UPDATE identity_account SET language = ? WHERE id = ?")
                .param(account.language().getLanguage()).param(account.id()).update();
    }

    private Account map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String iin = rs.getString("iin");
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new Account(id, iin == null ? null : new Iin(iin), rs.getString("username"), rs.getString("surname"),
                rs.getString("given_name"), rs.getString("patronymic"), rs.getString("email"), rs.getString("phone"),
                rs.getString("password_hash"), rs.getString("organisation_id"), roles(id),
                rs.getTimestamp("created_at").toInstant(), Locale.forLanguageTag(rs.getString("language")),
                rs.getInt("failed_sign_ins"), lockedUntil == null ? null : lockedUntil.toInstant());
    }

    private Set<Role> roles(long accountId) {
        List<Role> roles = jdbc.sql("SELECT role FROM identity_account_role WHERE account_id = ?").param(accountId)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list();
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** The accounts of an organisation's staff holding a role, by id. */
    List<Long> staffWithRole(String organisationId, Role role) {
        return jdbc.sql("""
                        SELECT a.id FROM identity_account a JOIN identity_account_role r ON r.account_id = a.id
                        WHERE a.organisation_id = ? AND r.role = ? ORDER BY a.id""")
                .params(organisationId, role.name()).query(Long.class).list();
    }

    /** The accounts of the organisation holding any of the roles, in account order. */
    List<Long> staffOf(String organisationId, List<String> roles) {
        return jdbc.sql("""
                        SELECT DISTINCT a.id FROM identity_account a JOIN identity_account_role r ON r.account_id = a.id
                        WHERE a.organisation_id = :organisation AND r.role IN (:roles) ORDER BY a.id""")
                .param("organisation", organisationId)
                .param("roles", roles)
                .query(Long.class).list();
    }

    /** The IIN of a staff member's signing certificate, in {@code identity_staff_signing_iin}. */
    Optional<String> signingIin(long accountId) {
        return jdbc.sql("SELECT iin FROM identity_staff_signing_iin WHERE account_id = ?").param(accountId)
                .query(String.class).optional();
    }

    /** Records the signing IIN unless one is already on record; false when one was. */
    boolean assignSigningIin(long accountId, String iin) {
        return jdbc.sql("""
                        INSERT INTO identity_staff_signing_iin (account_id, iin) VALUES (?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(accountId, iin).update() == 1;
    }
}
