// layout/title: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph.
import { describeLayoutRule, runProps, setW } from '../../helpers.js';

describeLayoutRule('layout/title', [
  {
    what: 'KẾ HOẠCH in 12 pt',
    edit: (doc) => {
      setW(doc, runProps(doc, 9), 'sz', { val: '24' });
      return 9;
    },
  },
]);
