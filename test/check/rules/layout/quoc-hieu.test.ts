// layout/quoc-hieu: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph.
import { describeLayoutRule, runProps, setW } from '../../helpers.js';

describeLayoutRule('layout/quoc-hieu', [
  {
    what: 'the national name in 14 pt',
    edit: (doc) => {
      setW(doc, runProps(doc, 4), 'sz', { val: '28' });
      return 4;
    },
  },
]);
