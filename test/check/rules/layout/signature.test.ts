// layout/signature: the Sơn La plan as kehoach renders it passes; with exactly this figure broken
// it gives exactly this finding, at this paragraph.
import { describeLayoutRule, numberOf, runProps, setW } from '../../helpers.js';

describeLayoutRule('layout/signature', [
  {
    what: "the signer's name not bold",
    edit: (doc) => {
      const at = numberOf(doc, (t) => t === 'Tráng Thị Xuân');
      setW(doc, runProps(doc, at), 'b', { val: 'false' });
      return at;
    },
  },
]);
