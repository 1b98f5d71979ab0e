// Generated from the command list in src-tauri/src/commands.rs by src-tauri/tests/bindings.rs. Do not edit
// by hand: run `FIELDVAULT_BLESS=1 cargo test -p fieldvault-app --test bindings` after changing it.

/** Every IPC command the app registers, by the name the UI invokes it with. */
export const COMMANDS = [
  'ui_ready',
  'app_status',
  'inspect_profile',
  'create_vault',
  'open_demo',
  'use_default_vault',
  'unlock',
  'lock',
  'touch',
  'change_passphrase',
  'get_settings',
  'set_settings',
  'get_preferences',
  'set_preferences',
  'list_records',
  'get_record',
  'validate_record',
  'create_record',
  'update_record',
  'record_history',
  'withdraw_record',
  'save_draft',
  'list_drafts',
  'load_draft',
  'discard_draft',
  'add_attachment',
  'list_attachments',
  'read_attachment',
  'delete_attachment',
  'export_candidates',
  'export_prepare',
  'export_revise',
  'export_approve',
  'export_restore',
  'export_seal',
  'export_cancel',
  'review_bundles',
] as const;

/** The name of an IPC command. */
export type Command = (typeof COMMANDS)[number];
