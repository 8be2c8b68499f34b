package com.setia.staff;

/** How a new contact person introduced themselves (domain.md section 3.3: by phone or e-mail, or in person). */
public enum IntroHow {
    CALL, WHATSAPP, EMAIL, IN_PERSON;

    public String messageKey() {
        return "staff.intro.how." + name();
    }
}
