// The export and erase of the tablet's data, for the tablet's own screen (ui/tablet): apart
// from tablet.ts, which the first screens import, so that this code loads with that screen.
export type { EraseReadiness, EraseRefusal } from '../storage/tabletData';
export {
  buildTabletExport,
  ERASE_REFUSAL_MESSAGES,
  eraseReadiness,
  eraseTabletData,
  exportFileName,
  saveExportReceipt,
} from '../storage/tabletData';
