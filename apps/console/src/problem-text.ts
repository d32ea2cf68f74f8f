import i18n from './i18n';

/** The parts of a problem the console words itself (the API's `code` and `params` beside its English `reason`). */
export interface CodedProblem {
  reason: string;
  code?: string;
  params?: Record<string, unknown>;
}

const mib = (bytes: unknown) => Math.round((Number(bytes) / 1024 / 1024) * 10) / 10;

/** Each rule in Chinese, from its parameters; the English UI keeps the API's own reason. */
const ZH_RULES: Record<string, (p: Record<string, unknown>) => string> = {
  maxLength: (p) => `不能超过 ${p.limit} 个字符`,
  minLength: (p) => `至少 ${p.limit} 个字符`,
  isLength: (p) => `长度须在 ${p.min} 到 ${p.max} 个字符之间`,
  isIn: () => '请从列表中选择',
  isEnum: () => '请从列表中选择',
  isNotEmpty: () => '不能为空',
  isDefined: () => '不能为空',
  isString: () => '须为文字',
  isInt: () => '须为整数',
  isNumber: () => '须为数字',
  isBoolean: () => '须为“是”或“否”',
  isArray: () => '须为列表',
  isObject: () => '格式不正确',
  min: (p) => `不能小于 ${p.limit}`,
  max: (p) => `不能大于 ${p.limit}`,
  isIso8601: () => '须为有效的日期和时间',
  isDateString: () => '须为有效的日期和时间',
  isUuid: () => '编号格式不正确',
  matches: () => '格式不正确',
  isEmail: () => '须为有效的电子邮箱',
  isUrl: () => '须为有效的网址',
  arrayMinSize: (p) => `至少 ${p.limit} 项`,
  arrayMaxSize: (p) => `最多 ${p.limit} 项`,
  arrayNotEmpty: () => '至少一项',
  arrayUnique: () => '不能重复',
  whitelistValidation: () => '不能提交此项',
  notFound: () => '所选对象不存在',
  future: () => '不能晚于当前时间',
  noSuchDay: (p) => `${p.month} 月没有 ${p.day} 日`,
  unstorable: () => '含有无法保存的字符',
  idempotencyKeyReused: () => '此请求编号已用于另一份内容',
  fileType: (p) => `“${String(p.name ?? '')}”不是 JPEG、PNG、HEIC 照片或 PDF，或文件已损坏；未保存任何文件`,
  fileTooLarge: (p) => `有文件超过每个 ${mib(p.limit)} MiB 的上限；未保存任何文件`,
  hazardFilesTooLarge: (p) => `此隐患的材料合计将超过 ${mib(p.limit)} MiB 的上限；未保存任何文件`,
  tooManyFiles: (p) => `每次最多上传 ${p.limit} 个文件`,
  multipart: () => '请以文件形式上传',
  unexpectedFile: () => '文件字段不正确',
  onlyFiles: () => '只能上传文件',
  uploadBroken: () => '上传中断，未保存任何内容',
  invalid: () => '填写有误，请检查',
};

/** Problem types (the slug of `type`) in Chinese: what a refusal means, for the reader. */
const ZH_TYPES: Record<string, string> = {
  validation: '提交的内容有误，请检查标出的项目',
  'not-allowed': '您的岗位不能进行此操作',
  'wrong-state': '当前状态下不能进行此操作，请刷新后查看',
  conflict: '操作冲突，请刷新后重试',
  'too-large': '内容超过上限',
  'idempotency-key-reused': '此请求编号已用于另一份内容',
  unavailable: '服务暂时不可用，请稍后重试',
  'not-found': '未找到，或不在您的单位范围内',
  unauthorized: '登录已失效，请重新登录',
  'rate-limited': '操作过于频繁，请稍后再试',
};

const zh = () => !i18n.resolvedLanguage || i18n.resolvedLanguage.startsWith('zh');

/** A field's problem in the reader's language. */
export function reasonText(e: CodedProblem): string {
  if (!zh()) return e.reason;
  return (ZH_RULES[e.code ?? 'invalid'] ?? ZH_RULES.invalid!)(e.params ?? {});
}

/** A whole problem in the reader's language: its meaning by type in Chinese, the API's detail in English. */
export function problemText(p: { type?: string; title: string; status: number; detail?: string }): string {
  if (!zh()) return p.detail ?? p.title;
  const slug = p.type?.split('/').pop() ?? '';
  return ZH_TYPES[slug] ?? (p.status === 404 ? ZH_TYPES['not-found']! : p.status === 401 ? ZH_TYPES.unauthorized! : `请求未成功（${p.status}）`);
}
