import { describe, expect, it } from 'vitest'
import { dateRange, fromWallTime, localDate, localTime, offsetMinutes, toWallTime } from '../timeZone'

describe('time zones', () => {
  it('reads an instant as the date and time of a zone', () => {
    expect(localDate('2099-06-04T23:30:00.000Z', 'Asia/Shanghai')).toBe('2099-06-05')
    expect(localTime('2099-06-04T23:30:00.000Z', 'Asia/Shanghai')).toBe('07:30')
    expect(localDate('2099-06-04T23:30:00.000Z', 'Europe/Madrid')).toBe('2099-06-05')
    expect(localTime('2099-06-04T23:30:00.000Z', 'Europe/Madrid')).toBe('01:30')
    expect(localDate('2099-06-04T23:30:00.000Z', 'America/New_York')).toBe('2099-06-04')
    expect(localTime('2099-06-05T00:00:00Z', 'UTC')).toBe('00:00')
  })

  it('writes a wall time with the zone\'s offset on that day, summer time included', () => {
    expect(fromWallTime('2099-06-05T09:00:00', 'Asia/Shanghai')).toBe('2099-06-05T09:00:00+08:00')
    expect(fromWallTime('2099-07-01T09:00:00', 'Europe/Madrid')).toBe('2099-07-01T09:00:00+02:00')
    expect(fromWallTime('2099-01-10T09:00:00', 'Europe/Madrid')).toBe('2099-01-10T09:00:00+01:00')
    expect(fromWallTime('2099-01-10 18:30', 'America/New_York')).toBe('2099-01-10T18:30:00-05:00')
    expect(fromWallTime('', 'Asia/Shanghai')).toBe('')
    expect(Date.parse(fromWallTime('2099-06-05T09:00:00', 'Asia/Shanghai'))).toBe(Date.parse('2099-06-05T01:00:00.000Z'))
  })

  it('reads back what it wrote', () => {
    for (const tz of ['Asia/Shanghai', 'Europe/Madrid', 'America/Los_Angeles', 'Asia/Kolkata']) {
      const wall = '2099-03-28T02:45:00'
      expect(toWallTime(fromWallTime('2099-06-05T23:15:00', tz), tz)).toBe('2099-06-05T23:15:00')
      expect(toWallTime(fromWallTime(wall, 'Asia/Shanghai'), 'Asia/Shanghai')).toBe(wall)
    }
    expect(toWallTime(null, 'UTC')).toBe('')
    expect(offsetMinutes(Date.parse('2099-06-05T00:00:00Z'), 'Asia/Kolkata')).toBe(330)
  })

  it('shows an event\'s dates in its own zone', () => {
    expect(dateRange('2099-06-05T01:00:00.000Z', '2099-06-05T09:00:00.000Z', 'Asia/Shanghai')).toBe('2099-06-05 09:00 – 17:00')
    expect(dateRange('2099-06-05T01:00:00.000Z', '2099-06-11T10:00:00.000Z', 'Asia/Shanghai')).toBe('2099-06-05 – 2099-06-11')
    // 16:30 – 23:30 UTC on the 4th is the morning of the 5th in Shanghai.
    expect(dateRange('2099-06-04T16:30:00Z', '2099-06-04T23:30:00Z', 'Asia/Shanghai')).toBe('2099-06-05 00:30 – 07:30')
  })
})
