// A small in-memory stand-in for the icity server (docs/api.md, issue 2 subset),
// for developing and smoke-testing the web app when the C++ server is not at hand.
// Serves web/dist too. Usage: node tests/e2e/mock-api.mjs [port]   (admin@icity.local / admin-password)
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'

const port = Number(process.argv[2] ?? process.env.PORT ?? 8090)
const dist = fileURLToPath(new URL('../../dist/', import.meta.url))
const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z')

const countries = [
  ['CN', '中国', 'China'], ['FI', '芬兰', 'Finland'], ['PT', '葡萄牙', 'Portugal'], ['AU', '澳大利亚', 'Australia'],
  ['FR', '法国', 'France'], ['DE', '德国', 'Germany'], ['ES', '西班牙', 'Spain'], ['KZ', '哈萨克斯坦', 'Kazakhstan'],
  ['JP', '日本', 'Japan'], ['RU', '俄罗斯', 'Russia'],
].map(([code, zh, en]) => ({ code, name: { zh, en } }))
const sdgTitles = ['无贫穷|No poverty', '零饥饿|Zero hunger', '良好健康与福祉|Good health and well-being', '优质教育|Quality education',
  '性别平等|Gender equality', '清洁饮水和卫生设施|Clean water and sanitation', '经济适用的清洁能源|Affordable and clean energy',
  '体面工作和经济增长|Decent work and economic growth', '产业、创新和基础设施|Industry, innovation and infrastructure',
  '减少不平等|Reduced inequalities', '可持续城市和社区|Sustainable cities and communities', '负责任消费和生产|Responsible consumption and production',
  '气候行动|Climate action', '水下生物|Life below water', '陆地生物|Life on land', '和平、正义与强大机构|Peace, justice and strong institutions',
  '促进目标实现的伙伴关系|Partnerships for the goals']
const colors = ['#E5243B', '#DDA63A', '#4C9F38', '#C5192D', '#FF3A21', '#26BDE2', '#FCC30B', '#A21942', '#FD6925', '#DD1367', '#FD9D24', '#BF8B2E', '#3F7E44', '#0A97D9', '#56C02B', '#00689D', '#19486A']
const sdgs = sdgTitles.map((t, i) => { const [zh, en] = t.split('|'); return { goal: i + 1, title: { zh, en }, short: { zh, en }, color: colors[i] } })
const sectors = [
  ['C', 'section', '制造业', 'Manufacturing'], ['39', 'division', '计算机、通信和其他电子设备制造业', 'Computer, communication and other electronic equipment'],
  ['3922', 'class', '通信终端设备制造', 'Communication terminal equipment'], ['I', 'section', '信息传输、软件和信息技术服务业', 'Information and software services'],
  ['6510', 'class', '软件开发', 'Software development'], ['M', 'section', '科学研究和技术服务业', 'Scientific research and technical services'],
  ['7491', 'class', '工业设计服务', 'Specialized design activities'],
].map(([code, level, zh, en]) => ({ code, level, name: { zh, en }, isic: [] }))

const users = [{ id: 1, email: 'admin@icity.local', password: 'admin-password', role: 'admin', organisation_id: null, display_name: 'Administrator', locale: 'zh-CN' }]
const sessions = new Map()
const audit = []
let nextId = 100
const orgs = new Map()
const people = new Map()
const interactions = new Map()
const bi = (zh, en) => ({ zh, en })
function addOrg(o) {
  const id = o.id ?? nextId++
  const t = now()
  orgs.set(id, { id, version: 1, summary: bi('', ''), city: bi('', ''), district: bi('', ''), sectors: [], sdgs: [], size: null, website: '', email: '', phone: '', tags: [], relations: [], archived: false, created_at: t, updated_at: t, ...o })
  return id
}
addOrg({ id: 1, name: bi('深圳市龙华区国际合作中心', 'Longhua International Cooperation Center'), kind: 'institution', country: 'CN', city: bi('深圳', 'Shenzhen'), district: bi('龙华区', 'Longhua District'), sdgs: [17] })
addOrg({ id: 2, name: bi('华为技术有限公司', 'Huawei Technologies Co., Ltd.'), kind: 'enterprise', country: 'CN', city: bi('深圳', 'Shenzhen'), district: bi('龙岗区', 'Longgang District'), sectors: ['3922'], sdgs: [9, 11], size: 'large', website: 'https://www.huawei.com' })
addOrg({ id: 3, name: bi('芬兰商会', 'Finnish Business Council'), kind: 'association', country: 'FI', sdgs: [8, 17] })
addOrg({ id: 4, name: bi('联合国开发计划署', 'UNDP'), kind: 'un_agency', country: 'CN', sdgs: [1, 10, 17], relations: [{ type: 'partner', organisation_id: 1 }] })
people.set(1, { id: 1, version: 1, name: bi('李娜', 'Li Na'), organisation_id: 1, title: bi('主任', 'Director'), email: 'li.na@example.org', phone: '', nationality: 'CN', languages: ['zh', 'en'], consent_date: null, archived: false, created_at: now(), updated_at: now() })
interactions.set(1, { id: 1, version: 1, type: 'visit_received', date: '2024-08-13', organisation_ids: [1, 3], person_ids: [], summary: bi('接待芬兰商会代表团', 'Received a Finnish Business Council delegation'), staff_user_id: 1, archived: false, created_at: now(), updated_at: now() })

const ref = (id) => (orgs.has(id) ? { id, name: orgs.get(id).name } : { id, name: bi('', '') })
function orgOut(o) {
  const out = o.relations.map((r) => ({ ...r, organisation: ref(r.organisation_id), direction: 'out' }))
  const incoming = [...orgs.values()].flatMap((x) => x.relations.filter((r) => r.organisation_id === o.id).map((r) => ({ type: r.type, organisation_id: x.id, organisation: ref(x.id), direction: 'in' })))
  return { ...o, relations: [...out, ...incoming], people_count: [...people.values()].filter((p) => p.organisation_id === o.id).length, interactions_count: [...interactions.values()].filter((i) => i.organisation_ids.includes(o.id)).length }
}
const KINDS = ['enterprise', 'sme', 'startup', 'association', 'government', 'district', 'university', 'institution', 'un_agency', 'ngo', 'site']

function validateOrg(b) {
  const errors = []
  if (!b.name || (!b.name.zh?.trim() && !b.name.en?.trim())) errors.push({ field: 'name', message: 'a name in at least one language is required' })
  if (!KINDS.includes(b.kind)) errors.push({ field: 'kind', message: 'must be one of ' + KINDS.join(', ') })
  if (!countries.some((c) => c.code === b.country)) errors.push({ field: 'country', message: 'must be an ISO 3166-1 alpha-2 code' })
  if (b.website && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(b.website)) errors.push({ field: 'website', message: 'must be an http(s) URL' })
  ;(b.sectors ?? []).forEach((s, i) => { if (!sectors.some((x) => x.code === s)) errors.push({ field: `sectors[${i}]`, message: `unknown GB/T 4754 code ${s}` }) })
  return errors
}

function page(items, url) {
  const limit = Math.min(200, Math.max(1, Number(url.searchParams.get('limit') ?? 20)))
  const start = Number(url.searchParams.get('cursor') ?? 0)
  const slice = items.slice(start, start + limit)
  return { items: slice, next_cursor: start + limit < items.length ? String(start + limit) : null }
}

function send(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'Content-Type': type })
  res.end(body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body))
}
function problem(res, status, slug, title, errors) {
  send(res, status, { type: `https://icity.dev/problems/${slug}`, title, status, detail: title, ...(errors ? { errors } : {}) }, 'application/problem+json')
}
const readJson = (req) => new Promise((resolve) => { let d = ''; req.on('data', (c) => (d += c)); req.on('end', () => { try { resolve(d ? JSON.parse(d) : {}) } catch { resolve(null) } }) })
const cookieSession = (req) => { const m = /icity_session=([^;]+)/.exec(req.headers.cookie ?? ''); return m ? sessions.get(m[1]) : undefined }
const publicUser = (u) => { const { password: _p, ...rest } = u; return rest }

async function api(req, res, url) {
  const path = url.pathname
  const method = req.method
  const session = cookieSession(req)
  const user = session ? users.find((u) => u.id === session.userId) : undefined
  if (method !== 'GET' && user && req.headers['x-csrf-token'] !== session.csrf) return problem(res, 403, 'csrf', 'CSRF token missing or wrong')
  const body = method === 'GET' ? {} : await readJson(req)
  if (body === null) return problem(res, 400, 'malformed-json', 'malformed JSON')
  const needUser = () => { if (!user) { problem(res, 401, 'unauthenticated', 'login required'); return false } return true }
  let m
  if (path === '/api/auth/login' && method === 'POST') {
    const u = users.find((x) => x.email === body.email && x.password === body.password)
    if (!u) return problem(res, 401, 'unauthenticated', 'wrong email or password')
    const sid = Math.random().toString(36).slice(2), csrf = Math.random().toString(36).slice(2)
    sessions.set(sid, { userId: u.id, csrf })
    res.setHeader('Set-Cookie', `icity_session=${sid}; HttpOnly; SameSite=Lax; Path=/`)
    audit.unshift({ id: audit.length + 1, at: now(), user_id: u.id, user_email: u.email, action: 'login', entity: 'session', entity_id: null, before: null, after: null, request_id: 'r' + audit.length })
    return send(res, 200, { csrf_token: csrf, user: publicUser(u) })
  }
  if (path === '/api/auth/me' && method === 'GET') return needUser() && send(res, 200, { user: publicUser(user), csrf_token: session.csrf })
  if (path === '/api/auth/me' && method === 'PATCH') { if (!needUser()) return; user.locale = body.locale; return send(res, 200, { user: publicUser(user) }) }
  if (path === '/api/auth/logout' && method === 'POST') { for (const [k, v] of sessions) if (v === session) sessions.delete(k); return send(res, 204) }
  if (path === '/api/reference/countries') return send(res, 200, { items: countries })
  if (path === '/api/reference/sdgs') return send(res, 200, { items: sdgs })
  if (path === '/api/reference/sectors') { const q = (url.searchParams.get('q') ?? '').toLowerCase(); return send(res, 200, { items: sectors.filter((s) => !q || s.code.toLowerCase().startsWith(q) || s.name.zh.includes(q) || s.name.en.toLowerCase().includes(q)) }) }
  if (path === '/api/organisations' && method === 'GET') {
    const p = url.searchParams, q = (p.get('q') ?? '').toLowerCase()
    let items = [...orgs.values()].filter((o) => (p.get('archived') === 'true' || !o.archived)
      && (!q || [o.name.zh, o.name.en, o.summary.zh, o.summary.en].some((t) => t.toLowerCase().includes(q)))
      && (!p.get('kind') || o.kind === p.get('kind')) && (!p.get('country') || o.country === p.get('country'))
      && (!p.get('sector') || o.sectors.some((s) => s.startsWith(p.get('sector')))) && (!p.get('sdg') || o.sdgs.includes(Number(p.get('sdg')))))
    const sort = p.get('sort') ?? 'name', key = sort.replace('-', '')
    items.sort((a, b) => (key === 'name' ? (a.name.en || a.name.zh).localeCompare(b.name.en || b.name.zh) : a[key].localeCompare(b[key])) * (sort.startsWith('-') ? -1 : 1))
    return send(res, 200, page(items.map(orgOut), url))
  }
  if (path === '/api/organisations' && method === 'POST') {
    if (!needUser()) return
    const errors = validateOrg(body)
    if (errors.length) return problem(res, 422, 'validation', 'validation failed', errors)
    const id = addOrg({ ...body, relations: (body.relations ?? []).map((r) => ({ type: r.type, organisation_id: r.organisation_id })) })
    audit.unshift({ id: audit.length + 1, at: now(), user_id: user.id, user_email: user.email, action: 'create', entity: 'organisation', entity_id: id, before: null, after: orgs.get(id), request_id: 'r' + audit.length })
    return send(res, 201, orgOut(orgs.get(id)))
  }
  if ((m = /^\/api\/organisations\/(\d+)$/.exec(path))) {
    const o = orgs.get(Number(m[1]))
    if (!o) return problem(res, 404, 'not-found', 'no such organisation')
    if (method === 'GET') return send(res, 200, orgOut(o))
    if (!needUser()) return
    if (method === 'DELETE') { o.archived = true; o.version++; o.updated_at = now(); return send(res, 200, orgOut(o)) }
    if (method === 'PATCH') {
      if (body.version !== o.version) return problem(res, 409, 'conflict', 'stale version')
      const merged = { ...o, ...body }
      const errors = validateOrg(merged)
      if (errors.length) return problem(res, 422, 'validation', 'validation failed', errors)
      Object.assign(o, body, { version: o.version + 1, updated_at: now() })
      return send(res, 200, orgOut(o))
    }
  }
  if (path === '/api/people' && method === 'GET') {
    if (!needUser()) return
    const oid = url.searchParams.get('organisation_id'), q = (url.searchParams.get('q') ?? '').toLowerCase()
    return send(res, 200, page([...people.values()].filter((p) => (!oid || p.organisation_id === Number(oid)) && (!q || (p.name.zh + p.name.en).toLowerCase().includes(q))), url))
  }
  if (path === '/api/interactions' && method === 'GET') {
    if (!needUser()) return
    const oid = url.searchParams.get('organisation_id')
    const items = [...interactions.values()].filter((i) => !oid || i.organisation_ids.includes(Number(oid))).map((i) => ({ ...i, organisations: i.organisation_ids.map(ref) }))
    return send(res, 200, page(items, url))
  }
  if (path === '/api/interactions' && method === 'POST') {
    if (!needUser()) return
    const errors = []
    if (!['visit_received', 'meeting', 'call', 'email', 'event'].includes(body.type)) errors.push({ field: 'type', message: 'required' })
    if (!body.organisation_ids?.length) errors.push({ field: 'organisation_ids', message: 'at least one organisation' })
    if (!body.summary?.zh?.trim() && !body.summary?.en?.trim()) errors.push({ field: 'summary', message: 'required' })
    if (errors.length) return problem(res, 422, 'validation', 'validation failed', errors)
    const id = nextId++
    interactions.set(id, { id, version: 1, person_ids: [], staff_user_id: user.id, archived: false, created_at: now(), updated_at: now(), ...body })
    return send(res, 201, { ...interactions.get(id), organisations: body.organisation_ids.map(ref) })
  }
  if (path === '/api/people' && method === 'POST') {
    if (!needUser()) return
    if (!body.name?.zh?.trim() && !body.name?.en?.trim()) return problem(res, 422, 'validation', 'validation failed', [{ field: 'name', message: 'required' }])
    const id = nextId++
    people.set(id, { id, version: 1, archived: false, created_at: now(), updated_at: now(), ...body })
    return send(res, 201, people.get(id))
  }
  if (path === '/api/dashboard/summary') {
    if (!needUser()) return
    const all = [...orgs.values()]
    const count = (f) => Object.entries(all.reduce((a, o) => ((a[f(o)] = (a[f(o)] ?? 0) + 1), a), {}))
    return send(res, 200, { organisations: all.length, people: people.size, interactions: interactions.size, countries: new Set(all.map((o) => o.country)).size, visits_received: 1,
      organisations_by_kind: count((o) => o.kind).map(([kind, c]) => ({ kind, count: c })), organisations_by_country: count((o) => o.country).map(([country, c]) => ({ country, count: c })),
      interactions_by_month: [{ month: '2024-06', count: 3 }, { month: '2024-07', count: 5 }, { month: '2024-08', count: 8 }] })
  }
  if (path === '/api/audit') { if (!needUser()) return; return send(res, 200, page(audit, url)) }
  return problem(res, 404, 'not-found', 'no such endpoint')
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf' }
createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost')
  try {
    if (url.pathname.startsWith('/api/')) return await api(req, res, url)
    if (url.pathname === '/healthz') return send(res, 200, { status: 'ok' })
    const file = normalize(join(dist, url.pathname))
    const target = file.startsWith(dist) && extname(file) ? file : join(dist, 'index.html')
    const data = await readFile(target).catch(() => readFile(join(dist, 'index.html')))
    send(res, 200, data, types[extname(target)] ?? 'application/octet-stream')
  } catch (e) {
    problem(res, 500, 'internal', String(e))
  }
}).listen(port, '127.0.0.1', () => console.log(`mock icity on http://127.0.0.1:${port}/`))
