## Staff looking after delegates and their invitations, and exports.

admin-delegates-usage = Please write part of a name, a ref or a delegation code: /delegates gilan
admin-delegates-none = No delegate matches “{ $text }”.
admin-delegates-title = Delegates found: { $count }
admin-invitation-status =
    { $status ->
        [pending] invitation not yet used
        [used] invitation used
        [expired] invitation expired
        [revoked] invitation withdrawn
       *[none] no invitation
    }
admin-invite-usage = Please write the delegate's ref: /invite gilan-01 (see /delegates).
admin-no-delegate = There is no delegate with the ref “{ $ref }”. /delegates finds them.
admin-invite =
    A new invitation for { $name }; the earlier unused ones no longer work.
    Code: { $code }
    { $links }
admin-revoke-usage = Please write the delegate's ref: /invite_revoke gilan-01
admin-revoke-confirm = Withdraw the unused invitations of { $name }? Their code will stop working.
admin-revoke-yes = Yes, withdraw
admin-revoked = Withdrawn: { $count }.
admin-export-usage = Please choose what to export: /export { $kinds }
admin-export = The { $kind } list, { $count } rows, as CSV and as a spreadsheet.
admin-list-name =
    { $kind ->
        [delegates] delegates
        [meetings] meetings
       *[broadcasts] broadcast reports
    }
