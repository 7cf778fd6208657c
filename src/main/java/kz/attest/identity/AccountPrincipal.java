package kz.attest.identity;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

/** The signed-in account as Spring Security holds it in the session: id, login and role authorities. */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String login;
    private final List<SimpleGrantedAuthority> authorities;
    private final boolean locked;
    private String passwordHash;

    AccountPrincipal(long accountId, String login, String passwordHash, List<Role> roles, boolean locked) {
        this.accountId = accountId;
        this.login = login;
        this.passwordHash = passwordHash;
        this.authorities = roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        this.locked = locked;
    }

    long accountId() {
        return accountId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + login + "]";
    }
}
