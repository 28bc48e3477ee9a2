// Labelled PII test set, written for this project. Every identifier is fictional: e-mail domains are
// reserved example domains, card numbers are issuers' published test numbers, IP addresses come from
// the documentation ranges, phone numbers are made up, and the CN resident ids are constructed with a
// valid check digit for a made-up person.
import type { PiiKind } from '../../src/pii/detect';

export interface PiiCase {
  text: string;
  expected: Array<{ kind: PiiKind; text: string }>;
}

export const PII_CASES: PiiCase[] = [
  // e-mail
  { text: 'Contact me at jane.doe@example.com tomorrow.', expected: [{ kind: 'email', text: 'jane.doe@example.com' }] },
  { text: 'Send the invoice to billing+q3@sub.example.org, thanks', expected: [{ kind: 'email', text: 'billing+q3@sub.example.org' }] },
  { text: '请把合同发到 zhang_wei@example.cn 谢谢', expected: [{ kind: 'email', text: 'zhang_wei@example.cn' }] },
  { text: 'MAIL:ops-team@example.net;cc:li.na@example.com', expected: [{ kind: 'email', text: 'ops-team@example.net' }, { kind: 'email', text: 'li.na@example.com' }] },
  { text: 'My handle is @jane_doe on the forum', expected: [] },
  { text: 'The ratio was 3@4 in the old notation', expected: [] },
  { text: 'user at example dot com is written out to avoid spam', expected: [] },
  { text: 'Reply to first.last@example.co.uk.', expected: [{ kind: 'email', text: 'first.last@example.co.uk' }] },

  // Chinese mobile and landline numbers
  { text: '我的手机号是13800138000，有事打我', expected: [{ kind: 'phone', text: '13800138000' }] },
  { text: '联系电话：+86 139 1234 5678', expected: [{ kind: 'phone', text: '+86 139 1234 5678' }] },
  { text: 'call 0086-15912345678 after six', expected: [{ kind: 'phone', text: '0086-15912345678' }] },
  { text: '办公室电话 010-62345678 转 8001', expected: [{ kind: 'phone', text: '010-62345678' }] },
  { text: '客服热线（0755）83456789', expected: [{ kind: 'phone', text: '（0755）83456789' }] },
  { text: '手机 186-2345-6789 随时联系', expected: [{ kind: 'phone', text: '186-2345-6789' }] },
  { text: '订单号 12345678901 已发货', expected: [] },
  { text: '快递单号 9876543210123 请查收', expected: [] },
  { text: '今天是2023年10月15日，气温23度', expected: [] },

  // international and North American numbers
  { text: 'Our London office: +44 20 7946 0958.', expected: [{ kind: 'phone', text: '+44 20 7946 0958' }] },
  { text: 'Call +1 (415) 555-2671 for support', expected: [{ kind: 'phone', text: '+1 (415) 555-2671' }] },
  { text: 'Berlin: +49 30 901820, ask for Jonas', expected: [{ kind: 'phone', text: '+49 30 901820' }] },
  { text: 'dial 0049 89 1234567 from abroad', expected: [{ kind: 'phone', text: '0049 89 1234567' }] },
  { text: 'My cell is (212) 555-0100', expected: [{ kind: 'phone', text: '(212) 555-0100' }] },
  { text: 'fax 646.555.0199 or phone 646-555-0188', expected: [{ kind: 'phone', text: '646.555.0199' }, { kind: 'phone', text: '646-555-0188' }] },
  { text: 'Tokyo desk +81 3-1234-5678', expected: [{ kind: 'phone', text: '+81 3-1234-5678' }] },
  { text: 'The score was 3-1 and 2-2 in the two legs', expected: [] },
  { text: 'Meeting on 2024-03-15 at 10:30 in room 4', expected: [] },
  { text: 'It costs 1,299.00 dollars plus 7.5% tax', expected: [] },
  { text: 'ISBN 978-3-16-148410-0 is on the cover', expected: [] },

  // card numbers (Luhn)
  { text: 'card 4111 1111 1111 1111 exp 12/29', expected: [{ kind: 'card-number', text: '4111 1111 1111 1111' }] },
  { text: 'Paid with 5555-5555-5555-4444 yesterday', expected: [{ kind: 'card-number', text: '5555-5555-5555-4444' }] },
  { text: 'amex 378282246310005 on file', expected: [{ kind: 'card-number', text: '378282246310005' }] },
  { text: '我的卡号6200000000000005，请核对', expected: [{ kind: 'card-number', text: '6200000000000005' }] },
  { text: 'Discover 6011111111111117.', expected: [{ kind: 'card-number', text: '6011111111111117' }] },
  { text: 'new MC range 2223 0031 2200 3222', expected: [{ kind: 'card-number', text: '2223 0031 2200 3222' }] },
  { text: 'typo in card 4111 1111 1111 1112 rejected', expected: [] },
  { text: 'reference 1234567812345678 for the transfer', expected: [] },
  { text: 'tracking 4000 0000 0000 0001 2 3 is not a card', expected: [] },
  { text: 'serial 0000 0000 0000 0000 on the device', expected: [] },

  // CN resident identity numbers (checksum and birth date)
  { text: '身份证号：11010519491231002X', expected: [{ kind: 'cn-resident-id', text: '11010519491231002X' }] },
  { text: 'ID 440304199001011233 verified', expected: [{ kind: 'cn-resident-id', text: '440304199001011233' }] },
  { text: '证件号码31011519851208456x已登记', expected: [{ kind: 'cn-resident-id', text: '31011519851208456x' }] },
  { text: '申请人 510107200002297896 男', expected: [{ kind: 'cn-resident-id', text: '510107200002297896' }] },
  { text: 'holder 330102197710130552, issued 2015', expected: [{ kind: 'cn-resident-id', text: '330102197710130552' }] },
  { text: '身份证 110105194912310021 校验位错误', expected: [] },
  { text: '号码 110105194913310021 月份无效', expected: [] },
  { text: 'batch 123456789012345678 of the lottery', expected: [] },

  // IP addresses
  { text: 'Login from 192.0.2.44 failed', expected: [{ kind: 'ip-address', text: '192.0.2.44' }] },
  { text: 'proxy at 198.51.100.7:8080 is down', expected: [{ kind: 'ip-address', text: '198.51.100.7' }] },
  { text: '服务器地址203.0.113.250，请勿外传', expected: [{ kind: 'ip-address', text: '203.0.113.250' }] },
  { text: 'IPv6 client 2001:db8:85a3::8a2e:370:7334 connected', expected: [{ kind: 'ip-address', text: '2001:db8:85a3::8a2e:370:7334' }] },
  { text: 'full form 2001:0db8:0000:0000:0000:ff00:0042:8329 seen', expected: [{ kind: 'ip-address', text: '2001:0db8:0000:0000:0000:ff00:0042:8329' }] },
  { text: 'Ping 10.0.0.1.', expected: [{ kind: 'ip-address', text: '10.0.0.1' }] },
  { text: 'version 1.2.3 was released', expected: [] },
  { text: '999.12.1.1 is not an address', expected: [] },
  { text: 'the train leaves at 12:30:45 sharp', expected: [] },
  { text: 'MAC 00:1A:2B:3C:4D:5E is a hardware id', expected: [] },
  { text: 'std::vector and a::b are C++ names', expected: [] },

  // mixed and clean text
  { text: 'Email a.b@example.com or call 13912345678, card 4012888888881881.', expected: [{ kind: 'email', text: 'a.b@example.com' }, { kind: 'phone', text: '13912345678' }, { kind: 'card-number', text: '4012888888881881' }] },
  { text: '用户张三（身份证330102197710130552，电话13800138000）从192.0.2.1登录', expected: [{ kind: 'cn-resident-id', text: '330102197710130552' }, { kind: 'phone', text: '13800138000' }, { kind: 'ip-address', text: '192.0.2.1' }] },
  { text: 'what is the balance of my checking account', expected: [] },
  { text: '周末去海边看日出，这五个景点别错过', expected: [] },
  { text: 'transfer 300 dollars to savings on monday', expected: [] },
  { text: 'my pin is 1234 and zip 94043', expected: [] },
  { text: '2023年营收增长12.5%，净利润3.2亿元', expected: [] },
  { text: 'Room 1503, building 7, 88 Park Road', expected: [] },
];
