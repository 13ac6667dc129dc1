/**
 * The agencies (دستگاه‌های اجرایی) behind the sample services and evaluations.
 *
 * Names are real Iranian bodies (ministries, organisations, state companies, banks,
 * provincial governorates) so designers see realistic text lengths; everything
 * attached to them (services, scores) is sample data. Ids are short Latin slugs so
 * they are easy to type in tests and URLs (`agency=ins-central`).
 * @module
 */

/**
 * @typedef {object} AgencyRecord
 * @property {string} id      stable slug used by `?agency=` and `/agencies/{agencyId}`
 * @property {string} name    Persian name as the agency writes it
 * @property {string} website home page
 * @property {string} domain  key into the service vocabulary (what kind of services it offers)
 */

/**
 * [id, name, website host, vocabulary domain]. Order matters only for determinism.
 * @type {ReadonlyArray<readonly [string, string, string, string]>}
 */
const ROWS = [
  ['ins-central', 'بیمه مرکزی جمهوری اسلامی ایران', 'www.centinsur.ir', 'insurance'],
  ['oietai', 'سازمان سرمایه‌گذاری و کمک‌های اقتصادی و فنی ایران', 'www.investiniran.ir', 'investment'],
  // ministries
  ['mefa', 'وزارت امور اقتصادی و دارایی', 'www.mefa.ir', 'finance'],
  ['ict', 'وزارت ارتباطات و فناوری اطلاعات', 'www.ict.gov.ir', 'telecom'],
  ['mohme', 'وزارت بهداشت، درمان و آموزش پزشکی', 'www.behdasht.gov.ir', 'health'],
  ['mcls', 'وزارت تعاون، کار و رفاه اجتماعی', 'www.mcls.gov.ir', 'welfare'],
  ['medu', 'وزارت آموزش و پرورش', 'www.medu.ir', 'education'],
  ['msrt', 'وزارت علوم، تحقیقات و فناوری', 'www.msrt.ir', 'education'],
  ['mimt', 'وزارت صنعت، معدن و تجارت', 'www.mimt.gov.ir', 'trade'],
  ['maj', 'وزارت جهاد کشاورزی', 'www.maj.ir', 'agriculture'],
  ['moe', 'وزارت نیرو', 'www.moe.gov.ir', 'energy'],
  ['mop', 'وزارت نفت', 'www.mop.ir', 'energy'],
  ['mrud', 'وزارت راه و شهرسازی', 'www.mrud.ir', 'construction'],
  ['moi', 'وزارت کشور', 'www.moi.ir', 'interior'],
  ['mfa', 'وزارت امور خارجه', 'www.mfa.gov.ir', 'interior'],
  ['farhang', 'وزارت فرهنگ و ارشاد اسلامی', 'www.farhang.gov.ir', 'culture'],
  ['justice', 'وزارت دادگستری', 'www.justice.ir', 'judiciary'],
  ['msy', 'وزارت ورزش و جوانان', 'www.msy.gov.ir', 'culture'],
  ['mcth', 'وزارت میراث فرهنگی، گردشگری و صنایع‌دستی', 'www.mcth.ir', 'culture'],
  // organisations
  ['tax', 'سازمان امور مالیاتی کشور', 'www.intamedia.ir', 'tax'],
  ['customs', 'گمرک جمهوری اسلامی ایران', 'www.irica.ir', 'customs'],
  ['ssaa', 'سازمان ثبت اسناد و املاک کشور', 'www.ssaa.ir', 'registry'],
  ['sabteahval', 'سازمان ثبت احوال کشور', 'www.sabteahval.ir', 'civil'],
  ['tamin', 'سازمان تأمین اجتماعی', 'www.tamin.ir', 'social'],
  ['ihio', 'سازمان بیمه سلامت ایران', 'www.ihio.gov.ir', 'social'],
  ['isiri', 'سازمان ملی استاندارد ایران', 'www.isiri.gov.ir', 'standards'],
  ['fda', 'سازمان غذا و دارو', 'www.fda.gov.ir', 'food-drug'],
  ['doe', 'سازمان حفاظت محیط زیست', 'www.doe.ir', 'environment'],
  ['mporg', 'سازمان برنامه و بودجه کشور', 'www.mporg.ir', 'planning'],
  ['aro', 'سازمان اداری و استخدامی کشور', 'www.aro.gov.ir', 'planning'],
  ['ito', 'سازمان فناوری اطلاعات ایران', 'www.ito.gov.ir', 'telecom'],
  ['cra', 'سازمان تنظیم مقررات و ارتباطات رادیویی', 'www.cra.ir', 'telecom'],
  ['seo', 'سازمان بورس و اوراق بهادار', 'www.seo.ir', 'finance'],
  ['lands', 'سازمان امور اراضی کشور', 'www.lands.ir', 'agriculture'],
  ['nlho', 'سازمان ملی زمین و مسکن', 'www.nlho.ir', 'construction'],
  ['cao', 'سازمان هواپیمایی کشوری', 'www.cao.ir', 'transport'],
  ['pmo', 'سازمان بنادر و دریانوردی', 'www.pmo.ir', 'transport'],
  ['rmto', 'سازمان راهداری و حمل و نقل جاده‌ای', 'www.rmto.ir', 'transport'],
  ['irceo', 'سازمان نظام مهندسی ساختمان', 'www.irceo.net', 'construction'],
  ['ivo', 'سازمان دامپزشکی کشور', 'www.ivo.ir', 'agriculture'],
  ['ppo', 'سازمان حفظ نباتات کشور', 'www.ppo.ir', 'agriculture'],
  ['frw', 'سازمان جنگل‌ها، مراتع و آبخیزداری کشور', 'www.frw.ir', 'environment'],
  ['nipo', 'سازمان ملی بهره‌وری ایران', 'www.nipo.gov.ir', 'planning'],
  ['tpo', 'سازمان توسعه تجارت ایران', 'www.tpo.ir', 'trade'],
  ['isipo', 'سازمان صنایع کوچک و شهرک‌های صنعتی ایران', 'www.isipo.ir', 'trade'],
  ['gsi', 'سازمان زمین‌شناسی و اکتشافات معدنی کشور', 'www.gsi.ir', 'trade'],
  ['irimo', 'سازمان هواشناسی کشور', 'www.irimo.ir', 'planning'],
  ['ncc', 'سازمان نقشه‌برداری کشور', 'www.ncc.gov.ir', 'construction'],
  ['saorg', 'سازمان امور دانشجویان', 'www.saorg.ir', 'education'],
  ['sanjesh', 'سازمان سنجش آموزش کشور', 'www.sanjesh.org', 'education'],
  ['irantvto', 'سازمان آموزش فنی و حرفه‌ای کشور', 'www.irantvto.ir', 'education'],
  ['behzisti', 'سازمان بهزیستی کشور', 'www.behzisti.ir', 'welfare'],
  ['haj', 'سازمان حج و زیارت', 'www.haj.ir', 'culture'],
  ['oghaf', 'سازمان اوقاف و امور خیریه', 'www.oghaf.ir', 'culture'],
  ['lmo', 'سازمان پزشکی قانونی کشور', 'www.lmo.ir', 'judiciary'],
  ['irimc', 'سازمان نظام پزشکی جمهوری اسلامی ایران', 'www.irimc.org', 'health'],
  ['satba', 'سازمان انرژی‌های تجدیدپذیر و بهره‌وری انرژی برق', 'www.satba.gov.ir', 'energy'],
  ['ashayer', 'سازمان امور عشایر ایران', 'www.ashayer.ir', 'agriculture'],
  ['shilat', 'سازمان شیلات ایران', 'www.shilat.com', 'agriculture'],
  ['tazirat', 'سازمان تعزیرات حکومتی', 'www.tazirat.gov.ir', 'judiciary'],
  ['bazresi', 'سازمان بازرسی کل کشور', 'www.bazresi.ir', 'judiciary'],
  ['ndmo', 'سازمان مدیریت بحران کشور', 'www.ndmo.ir', 'interior'],
  ['nomo', 'سازمان ملی مهاجرت', 'www.nomo.ir', 'interior'],
  ['nlai', 'سازمان اسناد و کتابخانه ملی ایران', 'www.nlai.ir', 'culture'],
  ['ibto', 'سازمان انتقال خون ایران', 'www.ibto.ir', 'health'],
  ['ems', 'سازمان اورژانس کشور', 'www.ems.ir', 'health'],
  ['kish', 'سازمان منطقه آزاد کیش', 'www.kish.ir', 'investment'],
  ['qeshm', 'سازمان منطقه آزاد قشم', 'www.qeshm.ir', 'investment'],
  ['chabahar', 'سازمان منطقه آزاد چابهار', 'www.cfzo.ir', 'investment'],
  ['amar', 'مرکز آمار ایران', 'www.amar.org.ir', 'planning'],
  ['adliran', 'مرکز آمار و فناوری اطلاعات قوه قضاییه', 'www.adliran.ir', 'judiciary'],
  ['isti', 'معاونت علمی، فناوری و اقتصاد دانش‌بنیان ریاست جمهوری', 'www.isti.ir', 'investment'],
  ['divan', 'دیوان محاسبات کشور', 'www.dmk.ir', 'planning'],
  // state companies and funds
  ['post', 'شرکت ملی پست جمهوری اسلامی ایران', 'www.post.ir', 'telecom'],
  ['tci', 'شرکت مخابرات ایران', 'www.tci.ir', 'telecom'],
  ['tavanir', 'شرکت توانیر', 'www.tavanir.org.ir', 'energy'],
  ['nigc', 'شرکت ملی گاز ایران', 'www.nigc.ir', 'energy'],
  ['niopdc', 'شرکت ملی پخش فرآورده‌های نفتی ایران', 'www.niopdc.ir', 'energy'],
  ['wrm', 'شرکت مدیریت منابع آب ایران', 'www.wrm.ir', 'energy'],
  ['abfa', 'شرکت مهندسی آب و فاضلاب کشور', 'www.abfa.ir', 'energy'],
  ['rai', 'شرکت راه‌آهن جمهوری اسلامی ایران', 'www.rai.ir', 'transport'],
  ['airport', 'شرکت فرودگاه‌ها و ناوبری هوایی ایران', 'www.airport.ir', 'transport'],
  ['gtc', 'شرکت بازرگانی دولتی ایران', 'www.gtc.ir', 'trade'],
  ['cspf', 'صندوق بازنشستگی کشوری', 'www.cspf.ir', 'social'],
  ['inif', 'صندوق نوآوری و شکوفایی', 'www.inif.ir', 'investment'],
  ['egfi', 'صندوق ضمانت صادرات ایران', 'www.egfi.ir', 'finance'],
  // banks
  ['cbi', 'بانک مرکزی جمهوری اسلامی ایران', 'www.cbi.ir', 'finance'],
  ['bmi', 'بانک ملی ایران', 'www.bmi.ir', 'finance'],
  ['sepah', 'بانک سپه', 'www.banksepah.ir', 'finance'],
  ['bki', 'بانک کشاورزی', 'www.bki.ir', 'finance'],
  ['maskan', 'بانک مسکن', 'www.bank-maskan.ir', 'finance'],
  ['bim', 'بانک صنعت و معدن', 'www.bim.ir', 'finance'],
  ['edbi', 'بانک توسعه صادرات ایران', 'www.edbi.ir', 'finance'],
  ['ttbank', 'بانک توسعه تعاون', 'www.ttbank.ir', 'finance'],
  ['postbank', 'پست بانک ایران', 'www.postbank.ir', 'finance'],
  // police, foundations, municipalities
  ['rahvar', 'پلیس راهور فراجا', 'www.rahvar120.ir', 'police'],
  ['passport', 'پلیس مهاجرت و گذرنامه فراجا', 'www.epolice.ir', 'police'],
  ['emdad', 'کمیته امداد امام خمینی (ره)', 'www.emdad.ir', 'welfare'],
  ['bonyad-maskan', 'بنیاد مسکن انقلاب اسلامی', 'www.bonyadmaskan.ir', 'construction'],
  ['isaar', 'بنیاد شهید و امور ایثارگران', 'www.isaar.ir', 'welfare'],
  ['rcs', 'جمعیت هلال احمر جمهوری اسلامی ایران', 'www.rcs.ir', 'health'],
  ['tehran-city', 'شهرداری تهران', 'www.tehran.ir', 'municipality'],
  ['mashhad-city', 'شهرداری مشهد', 'www.mashhad.ir', 'municipality'],
  ['isfahan-city', 'شهرداری اصفهان', 'www.isfahan.ir', 'municipality'],
  ['shiraz-city', 'شهرداری شیراز', 'www.shiraz.ir', 'municipality'],
  ['tabriz-city', 'شهرداری تبریز', 'www.tabriz.ir', 'municipality'],
];

/** Provinces, each with a governorate (استانداری): [slug, Persian name]. */
const PROVINCES = [
  ['tehran', 'تهران'],
  ['isfahan', 'اصفهان'],
  ['fars', 'فارس'],
  ['khorasan-razavi', 'خراسان رضوی'],
  ['east-azarbaijan', 'آذربایجان شرقی'],
  ['west-azarbaijan', 'آذربایجان غربی'],
  ['khuzestan', 'خوزستان'],
  ['mazandaran', 'مازندران'],
  ['gilan', 'گیلان'],
  ['kerman', 'کرمان'],
  ['yazd', 'یزد'],
  ['qom', 'قم'],
  ['markazi', 'مرکزی'],
  ['hamedan', 'همدان'],
  ['kermanshah', 'کرمانشاه'],
  ['kurdistan', 'کردستان'],
  ['lorestan', 'لرستان'],
  ['ilam', 'ایلام'],
  ['zanjan', 'زنجان'],
  ['qazvin', 'قزوین'],
  ['semnan', 'سمنان'],
  ['golestan', 'گلستان'],
  ['ardabil', 'اردبیل'],
  ['bushehr', 'بوشهر'],
  ['hormozgan', 'هرمزگان'],
  ['sistan-baluchestan', 'سیستان و بلوچستان'],
  ['north-khorasan', 'خراسان شمالی'],
  ['south-khorasan', 'خراسان جنوبی'],
  ['chaharmahal-bakhtiari', 'چهارمحال و بختیاری'],
  ['kohgiluyeh-boyerahmad', 'کهگیلویه و بویراحمد'],
  ['alborz', 'البرز'],
];

/** @type {AgencyRecord[]} */
export const AGENCIES = [
  ...ROWS.map(([id, name, host, domain]) => ({ id, name, website: `https://${host}`, domain })),
  ...PROVINCES.map(([slug, province]) => ({
    id: `gov-${slug}`,
    name: `استانداری ${province}`,
    website: `https://www.ostan-${slug}.ir`,
    domain: 'governorate',
  })),
];

/** @type {Map<string, AgencyRecord>} */
export const AGENCY_BY_ID = new Map(AGENCIES.map((a) => [a.id, a]));

/**
 * The `{ id, name }` reference used inside evaluations and inquiries.
 * @param {string} id
 * @returns {{ id: string, name: string }}
 */
export function agencyRef(id) {
  const agency = AGENCY_BY_ID.get(id);
  if (!agency) throw new Error(`unknown agency id in fixtures: ${id}`);
  return { id: agency.id, name: agency.name };
}
