// layout/font: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph.
import { describeLayoutRule, runProps, setW } from '../../helpers.js';

describeLayoutRule('layout/font', [
  {
    what: 'one body paragraph in Arial',
    edit: (doc) => {
      setW(doc, runProps(doc, 13), 'rFonts', { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'Arial' });
      return 13;
    },
  },
]);
