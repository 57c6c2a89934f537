import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setup } from '@/__tests__/helpers'
import QrScanner from '../components/QrScanner.vue'

// The decoder answers what the test says the camera sees.
const seen = vi.hoisted(() => ({ text: 'ic1.4.12.token' as string | null }))
vi.mock('jsqr', () => ({ default: vi.fn(() => (seen.text ? { data: seen.text } : null)) }))

function fakeCamera(fail?: string) {
  const stop = vi.fn()
  const getUserMedia = vi.fn(async () => {
    if (fail) throw Object.assign(new Error(fail), { name: fail })
    return { getTracks: () => [{ stop }] } as unknown as MediaStream
  })
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true })
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined)
  Object.defineProperty(HTMLMediaElement.prototype, 'srcObject', { set: () => undefined, get: () => null, configurable: true })
  Object.defineProperty(HTMLMediaElement.prototype, 'readyState', { get: () => 4, configurable: true })
  Object.defineProperty(HTMLVideoElement.prototype, 'videoWidth', { get: () => 640, configurable: true })
  Object.defineProperty(HTMLVideoElement.prototype, 'videoHeight', { get: () => 480, configurable: true })
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
    drawImage: vi.fn(),
    getImageData: (_x: number, _y: number, w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4), width: w, height: h }),
  } as unknown as CanvasRenderingContext2D)
  return { stop, getUserMedia }
}

describe('QrScanner', { timeout: 20000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks()
    document.body.innerHTML = ''
  })

  it('asks for the back camera, emits each code it decodes, and releases the camera when it goes', async () => {
    const { plugins } = setup('en')
    const camera = fakeCamera()
    const wrapper = mount(QrScanner, { global: { plugins }, attachTo: document.body })
    await wrapper.find('[data-test="scanner-start"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.emitted('decode')?.[0]).toEqual(['ic1.4.12.token']))
    expect(camera.getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' }, audio: false })
    await flushPromises()
    await wrapper.find('[data-test="scanner-stop"]').trigger('click')
    expect(camera.stop).toHaveBeenCalled()
    wrapper.unmount()
  })

  it('says so when the camera is refused', async () => {
    const { plugins } = setup('en')
    fakeCamera('NotAllowedError')
    const wrapper = mount(QrScanner, { global: { plugins }, attachTo: document.body })
    await wrapper.find('[data-test="scanner-start"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="scanner-error"]').text()).toContain('Camera access was refused'))
    expect(wrapper.emitted('decode')).toBeUndefined()
  })
})
