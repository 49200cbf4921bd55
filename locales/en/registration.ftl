## Registration by invitation code, and the greeting of a registered delegate.
## $role is one of: head, member, liaison, staff.
## $delegation is the delegation's country or province name, as in "Gilan" or "Astrakhan Oblast".

start-unregistered =
    Welcome!
    { $event }
    { $dates }, { $venue }.

    I serve the summit's delegates. To register, send me the invitation code you received from the organisers, or open your invitation link.
register-success =
    { $role ->
        [head] Welcome, { $name }! You are registered as head of the { $delegation } delegation.
        [liaison] Welcome, { $name }! You are registered as liaison officer of the { $delegation } delegation.
        [staff] Welcome, { $name }! You are registered as summit staff.
       *[member] Welcome, { $name }! You are registered as a member of the { $delegation } delegation.
    }
register-code-unknown = The code { $code } was not recognised. Please check it and send it again, or ask the summit staff.
register-code-used = The code { $code } has already been used. Each invitation works once; if you need a new one, ask the summit staff.
register-code-expired = The code { $code } has expired. Please ask the summit staff for a new invitation.
register-code-revoked = The code { $code } has been withdrawn. Please ask the summit staff for a new invitation.
register-code-malformed = That does not look like an invitation code. A code is { $length } characters long (Latin letters and digits), for example { $example }.
register-already = You are already registered as { $name }. If this is not your name, please tell the summit staff.
role-name =
    { $role ->
        [head] Head of delegation
        [liaison] Liaison officer
        [staff] Summit staff
       *[member] Delegation member
    }
greeting =
    { $name } — { $role_name }, { $delegation }
    { $event }
    { $dates }, { $venue }
greeting-staff =
    { $name } — { $role_name }
    { $event }
    { $dates }, { $venue }
event-dates = { DATE($starts) } – { DATE($ends) }
