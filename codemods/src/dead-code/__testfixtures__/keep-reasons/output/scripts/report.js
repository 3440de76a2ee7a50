console.log('report');
