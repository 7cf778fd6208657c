/**
 * Shared web infrastructure: security, locale, layout, error handling. Holds no use case of its own; every module
 * may use it, and it depends on no module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kz.attest.web;
