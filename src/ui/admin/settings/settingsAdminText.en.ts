// English texts of the administration area's Settings screen (`admin.settings`); the form's
// own words are the desk's (`desk.settings`, src/ui/desk/admin/settingsText.en.ts).
export const settingsAdminTextEn = {
  title: 'Clinic settings',
  clinicOnly: 'A clinic’s settings are changed by that clinic’s administrator.',
  intro:
    'Changes are saved at the register; the clinic’s tablets get them at their next sync. Unsaved changes are kept in this browser as a draft.',
  saved: 'Settings saved at the register. The clinic’s tablets get them at their next sync.',
  noAnswer:
    'The register did not answer; the changes are kept in this browser as a draft. Try again.',
  loading: 'Loading the clinic’s settings…',
  loadFailed: 'Could not get the clinic’s settings: {{reason}}',
  staffUnknown:
    'The clinic’s staff list could not be had: the commission can be changed after reloading the page.',
};
