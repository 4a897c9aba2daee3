import type { Taxonomy } from './types.ts';

const t = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * The default topics of a service business. Data, not code: an organisation's taxonomy has the
 * same shape and replaces this one. Terms use the syntax of `Terms`.
 */
export const DEFAULT_TAXONOMY: Taxonomy = {
  fallback: 'other',
  topics: [
    {
      id: 'wait_time',
      kind: 'service',
      terms: {
        en: t(
          'wait, waited, waiting, queue, queued, line, minutes, mins, min, hour, hours, forever, ages, slow, slowly, delay, delayed, on time, late, quick, quickly, fast, prompt, promptly, immediately, right away, straight away, no wait, took long, took ages, waiting room, hold, on hold, took forever, long time',
        ),
        ru: t(
          'ждал*, ждат*, жда*, ждем, жду, прождал*, ожидани*, ожидал*, очеред*, минут*, мин, час, часа, часов, полчаса, полтора, долго, долг*, быстро, быстр*, медленн*, задерж*, опозда*, вовремя, в срок, сразу, моментально, оперативн*, мгновенн*, без очереди, без ожидания, на линии, висел*, затянул*, тянул*, сутки, неделю, две недели',
        ),
        bg: t(
          'чака*, чакане, изчака*, опашк*, минути, мин, час, часа, часове, половин час, бавн*, бавно, бързо, бърз*, забав*, закъсн*, навреме, в срок, веднага, моментално, на момента, без чакане, мудн*, цяла вечност, вечност, денонощие, седмица',
        ),
      },
    },
    {
      id: 'staff_attitude',
      kind: 'service',
      terms: {
        en: t(
          'rude, rudely, polite, friendly, unfriendly, kind, attentive, caring, courteous, welcoming, warm, smile, smiled, smiling, attitude, respect, respectful, disrespectful, arrogant, dismissive, condescending, helpful, unhelpful, ignored, ignore, yelled, shouted, impolite, nice staff, lovely staff, patient, empathy, care, cared, treated, treat, manners, indifferent, pushy, sweet, lovely, receptionist, team, guys, you guys, bartender, animator, waiter, waitress, hostess, host, staff, personnel, manager, guy, girl, lady, employee, cashier, administrator, consultant',
        ),
        ru: t(
          'хам*, нахам*, груб*, вежлив*, невежлив*, приветлив*, доброжелательн*, любезн*, внимательн*, невнимательн*, заботлив*, отзывчив*, улыбк*, улыба*, отношени*, уважени*, неуважени*, равнодуш*, безразлич*, игнорир*, наорал*, орал*, хамил*, терпелив*, душевн*, персонал*, ребята, ребят, команд*, бармен*, аниматор*, сотрудник*, администратор*, официант*, менеджер*, продав*, кассир*, консультант*, девушк*, девочк*, ресепшн*, хостес, управляющ*, обслуживани*, обслужил*, нагл*, милы*, мила, милая, милые, обращени*, навязыва*, навязчив*, равнодушн*',
        ),
        bg: t(
          'груб*, грубиян*, невъзпитан*, нахал*, нагъл*, нагло, любезн*, учтив*, вежлив*, внимателн*, невнимателн*, приветлив*, усмихнат*, усмивк*, отношени*, уважени*, безразлич*, игнорира*, пренебрег*, крещ*, развика*, търпелив*, отзивчив*, грижовн*, мил, мила, мили, мило, персонал*, екип*, барман*, аниматор*, служител*, администратор*, сервитьор*, сервитьорк*, управител*, продавач*, продавачк*, касиер*, консултант*, момиче*, момчет*, момичета, рецепци*, домакин*, обслужване*, обслужи*, обслужващ*, дама*, госпож*, господин*',
        ),
      },
    },
    {
      id: 'staff_competence',
      kind: 'service',
      terms: {
        en: t(
          'professional, unprofessional, competent, incompetent, knowledgeable, skilled, expert, inexperienced, clueless, knew, know, knows, explained, explain, explanation, advice, advised, diagnosis, diagnosed, mistake, mistakes, wrong, fixed, fix, repair, repaired, doctor, dr, dentist, hygienist, mechanic, technician, stylist, hairdresser, barber, master, specialist, nurse, surgeon, chef, cook, engineer, did a great job, botched, solved, solve, resolved, treatment, filling, haircut, manicure, massage, consultation, procedure, careful, carefully, thorough, precise, accurate, gentle, painless, hurt, painful',
        ),
        ru: t(
          'профессионал*, непрофессионал*, компетентн*, некомпетентн*, грамотн*, безграмотн*, толков*, бестолков*, знающ*, опытн*, неопытн*, специалист*, знает, знают, объясни*, объясня*, консультаци*, совет*, диагноз*, диагностик*, ошибк*, ошиблись, ошибся, накосячил*, косяк*, починил*, почини*, ремонт*, исправил*, врач*, доктор*, стоматолог*, хирург*, гигиенист*, механик*, мастер*, парикмахер*, стилист*, барбер*, маникюр*, массаж*, мастерица, повар*, шеф, сделал*, сделали, работа, работу, работой, работы, работе, руки, золотые руки, лечени*, пломб*, удалени*, стрижк*, окрашивани*, процедур*, аккуратн*, тщательн*, безболезненн*, больно, боль, решил*, решили',
        ),
        bg: t(
          'професионал*, непрофесионал*, компетентн*, некомпетентн*, знаещ*, опитн*, неопитн*, специалист*, знае, знаят, обясни*, обяснява*, консултаци*, съвет*, диагноз*, диагностик*, грешк*, сбърка*, оплеска*, поправи*, ремонт*, оправи*, лекар*, доктор*, д-р, др, зъболекар*, стоматолог*, хирург*, механик*, техник*, майстор*, фризьор*, стилист*, бръснар*, маникюр*, масаж*, готвач*, шеф, свърши*, направи*, работа*, ръце, златни ръце, лечени*, пломб*, вадене, подстриг*, прическ*, боядисв*, процедур*, прецизн*, безболезнен*, болеше, болка, реши*, решиха',
        ),
      },
    },
    {
      id: 'price',
      kind: 'product',
      terms: {
        en: t(
          'price, prices, pricey, priced, expensive, cheap, cheaper, affordable, overpriced, cost, costs, value, value for money, worth, worth it, rip-off, ripoff, ripped off, bargain, reasonable price, fair price, discount, deal, $, €, dollars, euros, pay, paid, paying, budget, pricing, rates, fee, fees, tariff, plan',
        ),
        ru: t(
          'цен*, дорог*, дорож*, дешев*, недорог*, стоимост*, стоит, стоят, стоило, рубл*, руб, ₽, переплат*, оплат*, заплатил*, платить, платим, скидк*, акци*, выгодн*, бюджетн*, развод, тариф*, прайс*, чек, грабеж, накрутк*, по карману, соотношение цены',
        ),
        bg: t(
          'цен*, скъп*, евтин*, стойност*, струва, струват, струваше, лв, лева, лев, евро, €, надцен*, платих*, платихме, плащане, отстъпк*, промоци*, изгодн*, тариф*, обир, джоба, бюджет*, сметка за, съотношение',
        ),
      },
    },
    {
      id: 'product_quality',
      kind: 'product',
      terms: {
        en: t(
          'food, tiramisu, pho, cocktail*, flower*, dessert*, soup*, used, food, dish, dishes, meal, pizza, pasta, burger, steak, soup, salad, dessert, coffee, tea, drink, drinks, wine, beer, taste, tasty, tasteless, delicious, bland, fresh, stale, cold food, portion, portions, quality, product, products, item, broke, broken, defective, damaged, cooked, overcooked, undercooked, raw, burnt, salty, result, results, lasted, quality of, material, fabric, internet, signal, coverage, connection, speed, bug, crash, app, device, breakfast, sushi, bread, cake, fries, chicken, fish, room, rooms, bed, shower, engine, brakes, nails, hair, color, colour, teeth, tooth, implant, crown, smile',
        ),
        ru: t(
          'еда, еды, едой, тирамису, коктейл*, цветы, фо-бо, шаурм*, хинкали, суши, б/у, блюд*, пицц*, паст*, бургер*, стейк*, суп, супа, супчик, супчика, салат*, десерт*, кофе, чай, напит*, вин*, пиво, вкус*, невкусн*, свеж*, несвеж*, пресн*, порци*, качеств*, товар*, продукт*, брак*, бракован*, сломал*, сломан*, пережар*, пересол*, недожар*, сырой, сырая, сырое, холодн*, остыл*, горяч*, результат*, держится, продержал*, материал*, ткан*, интернет*, связь, связи, сигнал*, покрыти*, скорост*, приложени*, глюк*, глючит, зависает, завтрак*, суши, рол*, хлеб*, торт*, картошк*, курица, мяс*, рыб*, номер*, кроват*, душ*, двигател*, тормоз*, ногт*, волос*, цвет*, зуб*, имплант*, коронк*, шашлык*, плов*, борщ*, пельмен*, выпечк*',
        ),
        bg: t(
          'храна*, тирамису*, коктейл*, цветя*, дюнер*, фо, употребяван*, ястие*, ястия, пиц*, паст*, бургер*, пържол*, супа*, салат*, десерт*, кафе*, чай, чаят, чая, напитк*, вино, бира, вкус*, безвкусн*, невкусн*, свеж*, порци*, качеств*, стока*, продукт*, дефект*, счупен*, повреден*, развален*, пресолен*, изгорял*, загорял*, суров*, студен*, изстина*, топл*, резултат*, държи, издържа*, материал*, плат*, интернет*, връзка*, сигнал*, покритие*, скорост*, приложение*, забива, закуск*, суши, хляб*, торта*, картоф*, пиле*, месо*, риба*, стая*, стаи, легл*, душ, душа, двигател*, спирачк*, нокт*, коса*, косата, цвят*, зъб*, имплант*, коронк*, кебапч*, шопска, баница*, кюфте*, сладолед*',
        ),
      },
    },
    {
      id: 'cleanliness',
      kind: 'service',
      terms: {
        en: t(
          'clean, cleaner, cleanliness, dirty, filthy, dust, dusty, stain, stains, stained, spotless, hygiene, hygienic, unhygienic, smell, smelly, stink, stinks, smelled, sticky, greasy, mess, messy, tidy, untidy, neat, cockroach, cockroaches, bug, bugs, mold, mould, hair in, toilet, toilets, bathroom, restroom, sterile, sanitary, trash, garbage, crumbs',
        ),
        ru: t(
          'чист*, нечист*, чистот*, грязн*, грязь, пыль, пыльн*, пятно, пятна, пятен, гигиен*, антисанитари*, запах*, вонь, воня*, пахн*, липк*, жирн*, бардак, беспорядок, убрано, убор*, неубран*, таракан*, плесень, волос в, туалет*, санузел, стерильн*, мусор*, крошк*, опрятн*, ухоженн*',
        ),
        bg: t(
          'чист*, нечист*, чистот*, мръсн*, мръсотия, прах, прашн*, петн*, петна, хигиен*, миризм*, смърди, смрад*, воня*, мирише, лепкав*, мазн*, бъркотия, подреден*, неподреден*, хлебарк*, мухъл, плесен, косъм, тоалетн*, баня, банята, стерилн*, боклук*, трохи, спретнат*',
        ),
      },
    },
    {
      id: 'communication',
      kind: 'service',
      terms: {
        en: t(
          'call, called, calls, calling, phone, answer, answered, answering, reply, replied, respond, responded, response, email, emails, message, messages, chat, inform, informed, information, notify, notified, update, updates, communication, contact, reach, reached, hotline, support, callback, call back, nobody answers, no one answers, no answer, no reply, ghosted, sms, whatsapp, viber, language, english, understand, understood, listen, listened',
        ),
        ru: t(
          'звон*, позвони*, дозвон*, перезвон*, звонок, звонка, звонки, трубк*, телефон*, ответ*, отвеча*, ответил*, ответили, писал*, написал*, письм*, сообщени*, смс, чат*, мессенджер*, вайбер, ватсап, телеграм*, информир*, информаци*, сообщил*, сообщили, предупреди*, предупрежд*, сказал*, связ*, поддержк*, горяч* лини*, колл-центр*, колл центр*, оператор*, услышал*, слушал*, понял*, поняли, коммуникаци*, уведомл*, уведоми*, игнорир*',
        ),
        bg: t(
          'обажда*, обадих*, обади*, звъня*, звънях*, звъннах*, звънях, звънене, телефон*, вдига*, отговор*, отговаря*, отговори*, писах*, писа*, имейл*, мейл*, съобщени*, смс, чат*, вайбър, месинджър, информир*, информаци*, предупреди*, уведоми*, връзк*, поддръжк*, оператор*, кол център, колцентър, изслуша*, разбра*, комуникаци*, игнорира*',
        ),
      },
    },
    {
      id: 'booking',
      kind: 'service',
      terms: {
        en: t(
          'book, booked, booking, bookings, appointment, appointments, reservation, reservations, reserve, reserved, schedule, scheduled, rescheduled, reschedule, slot, slots, cancel, cancelled, canceled, cancellation, online booking, double booked, overbooked, check-in, check in, checkin, registration, register, sign up, table for, walk-in, waitlist, no-show, rebook',
        ),
        ru: t(
          'запис*, записал*, записаться, записали, запись, бронь, брон*, забронир*, бронировани*, прием, приема, приём, окошк*, слот*, перенес*, перенос*, перенесли, отмен*, отменил*, регистрац*, заселени*, заселил*, расписани*, столик*, онлайн-запись, онлайн запись, талон*, время приема',
        ),
        bg: t(
          'запиша*, записах*, записа*, записване, час при, запазих*, запазва*, запазен*, запазване, резервац*, резервира*, резервирах*, прием, прегле, свободен час, свободни часове, отмени*, отменен*, отлож*, пренасрочи*, регистрац*, настаняване, настани*, график*, маса за, онлайн резервац*',
        ),
      },
    },
    {
      id: 'delivery',
      kind: 'service',
      terms: {
        en: t(
          'delivery, delivered, deliver, delivering, courier, driver, shipping, shipped, ship, package, parcel, arrived, arrive, arrival, never arrived, tracking, ordered, pick up, pickup, pick-up, dispatch, dispatched, lost package, doorstep, takeaway, take-away, takeout, cold when it arrived, wolt, glovo, uber eats',
        ),
        ru: t(
          'доставк*, доставил*, доставили, доставлен*, достави*, курьер*, привез*, привезли, довез*, посылк*, заказ*, заказал*, заказали, отправк*, отправил*, отправлени*, трек*, пришел заказ, не пришел, не привезли, самовывоз*, пункт выдачи, сдэк, яндекс еда, вайлдберриз, озон',
        ),
        bg: t(
          'доставк*, достави*, доставиха, доставен*, куриер*, шофьор*, донес*, донесоха, докара*, пратк*, колет*, поръчк*, поръча*, поръчах*, поръчахме, изпрати*, изпратен*, проследяван*, спиди, еконт, вземане от, полза, глово, такеауей, такъвей, вземане',
        ),
      },
    },
    {
      id: 'billing',
      kind: 'service',
      terms: {
        en: t(
          'bill, billing, billed, invoice, invoices, receipt, charge, charged, charges, overcharged, double charged, charged twice, refund, refunded, payment, paid twice, card, cash, terminal, account, balance, subscription, contract, hidden fee, hidden fees, extra charge, statement, deposit, tip included, service charge',
        ),
        ru: t(
          'счет, счета, счетом, счёт, чек*, квитанци*, списал*, списали, списани*, снял*, сняли, начисл*, возврат*, вернули деньги, верните деньги, вернуть деньги, оплат*, карт*, наличн*, терминал*, баланс*, абонентск*, подписк*, договор*, скрыт* платеж*, скрыт*, двойн* списани*, предоплат*, депозит*, чаевые, сдач*',
        ),
        bg: t(
          'сметка, сметката, сметки, фактур*, касов бон, бележк*, таксува*, таксуваха, начисли*, удържа*, възстанов*, върнаха парите, върнете парите, плащане, платих два пъти, карт*, карта, кеш, в брой, терминал*, баланс*, абонамент*, договор*, скрит* такс*, депозит*, бакшиш*, ресто',
        ),
      },
    },
    {
      id: 'ambience',
      kind: 'brand',
      terms: {
        en: t(
          'atmosphere, ambience, ambiance, vibe, vibes, cozy, cosy, music, noisy, noise, loud, quiet, decor, interior, design, view, lighting, comfortable, uncomfortable, cramped, crowded, spacious, place, venue, terrace, seating, chairs, temperature, hot inside, cold inside, air conditioning, smell nice, parking, location, cosy place, beautiful place, lovely place, setting, style, garden, romantic, hotel, rooftop',
        ),
        ru: t(
          'атмосфер*, уют*, уютн*, обстановк*, интерьер*, дизайн*, музык*, шумн*, шум, громк*, тих*, тихо, вид, видом, освещени*, комфорт*, некомфортн*, тесн*, тесно, просторн*, заведени*, террас*, веранд*, стуль*, кресл*, душно, жарко, холодно, кондиционер*, парковк*, расположени*, стиль*, красив*, атмосферн*, антураж, сад, романтичн*, отел*, гостиниц*',
        ),
        bg: t(
          'атмосфер*, уют*, уютн*, обстановк*, интериор*, дизайн*, музик*, шумн*, шум, силн* музик*, тих*, тихо, гледк*, осветлени*, комфорт*, некомфортн*, тесн*, тясно, просторн*, място, мястото, заведени*, тераса*, градин*, столове, стол*, задушно, горещо, студено, климатик*, паркинг*, паркиране, разположени*, стил*, красив*, атмосферн*, обзавеждане, декор*, романтичн*, хотел*',
        ),
      },
    },
    { id: 'other', kind: 'brand', terms: {} },
  ],
};
