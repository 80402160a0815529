// iSCSI names (domain-facts Part B §5): "iqn." yyyy-mm "." reversed domain [":" anything],
// "eui." + 16 hex digits, or "naa." + 16 or 32 hex digits; at most 223 bytes.
// UNVERIFIED: RFC 3722 folds case; the lab asks for lower case rather than folding silently,
// so what the user typed is what the target is called.

/** Windows MAX_ISCSI_NAME_LEN and RFC 3720 §3.2.6.1. */
export const ISCSI_NAME_MAX_BYTES = 223;

// The anaconda expression, split so each rule can say what is wrong.
const IQN_SHAPE = /^iqn\.\d{4}-\d{2}((?<!-)\.(?!-)[a-zA-Z0-9-]+){1,63}(?<!-)(?<!\.)(:\S+)?$/;
const EUI_SHAPE = /^eui\.[a-fA-F0-9]{16}$/;
const NAA_SHAPE = /^naa\.([a-fA-F0-9]{16}|[a-fA-F0-9]{32})$/;

/** Why `name` is not a valid iSCSI name, or undefined when it is one. */
export function iscsiNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'An iSCSI name cannot be empty.';
  if (utf8LengthBytes(name) > ISCSI_NAME_MAX_BYTES) return `An iSCSI name has at most ${ISCSI_NAME_MAX_BYTES} bytes.`;
  if (/\s/.test(name)) return 'An iSCSI name cannot contain spaces.';
  if (name !== name.toLowerCase()) return 'An iSCSI name must be in lower case.';
  if (name.startsWith('eui.')) return EUI_SHAPE.test(name) ? undefined : 'An EUI name is "eui." followed by 16 hexadecimal digits.';
  if (name.startsWith('naa.')) return NAA_SHAPE.test(name) ? undefined : 'An NAA name is "naa." followed by 16 or 32 hexadecimal digits.';
  if (!name.startsWith('iqn.')) return 'An iSCSI name starts with "iqn.", "eui." or "naa.".';
  if (!/^iqn\.\d{4}-\d{2}\./.test(name)) return 'An IQN continues with the year and month the naming authority registered its domain: iqn.yyyy-mm.';
  if (/[:.]$/.test(name)) return 'An IQN cannot end with "." or ":".';
  if (!/^[a-z0-9.:-]+$/.test(name)) return 'An IQN may contain only letters, digits, ".", "-" and ":".';
  if (!IQN_SHAPE.test(name)) return 'An IQN is iqn.yyyy-mm.reversed.domain[:name]; no label may start or end with "-".';
  return undefined;
}

/** UTF-8 length without TextEncoder, which the engine's ES2022-only build does not have. */
function utf8LengthBytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
